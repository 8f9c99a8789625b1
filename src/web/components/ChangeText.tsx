// A change against the previous period: ▲ in green, ▼ in red, with a spoken form.
import { changeDirection, describeChange, formatChange } from "../format/numbers";

export function ChangeText({ change }: { change: number | undefined }) {
  if (change === undefined) return <span title={describeChange(change)}>—</span>;
  const direction = changeDirection(change);
  return (
    <span className={`change-${direction}`} title={describeChange(change)}>
      <span aria-hidden="true">{formatChange(change)}</span>
      <span className="visually-hidden">{describeChange(change)}</span>
    </span>
  );
}
