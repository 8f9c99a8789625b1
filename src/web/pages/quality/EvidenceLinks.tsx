// The two buttons beside a review card's decision: show or hide its evidence, and go to the centre's page.
import { Button } from "@mantine/core";
import { Link } from "react-router-dom";

export function EvidenceLinks({
  open,
  onToggle,
  show,
  hide,
  unitId,
}: {
  open: boolean;
  onToggle: () => void;
  show: string;
  hide: string;
  unitId: string | undefined;
}) {
  return (
    <>
      <Button size="xs" variant="default" onClick={onToggle} aria-expanded={open}>
        {open ? hide : show}
      </Button>
      {unitId !== undefined && (
        <Button size="xs" variant="subtle" component={Link} to={`/u/${unitId}`}>
          Страница центра
        </Button>
      )}
    </>
  );
}
