// A change against the previous period: ▲ in green, ▼ in red, with a spoken form; «без значимых изменений»
// when the change lies within the uncertainty of the two figures.
import { changeDirection, describeChange, formatChange } from "../format/numbers";

export function ChangeText({ change, significant }: { change: number | undefined; significant?: boolean | undefined }) {
  if (change === undefined) return <span title={describeChange(change)}>—</span>;
  if (significant === false) {
    return (
      <span className="change-same" title={`${formatChange(change)}: в пределах погрешности`} data-significant="false">
        без значимых изменений
      </span>
    );
  }
  const direction = changeDirection(change);
  return (
    <span className={`change-${direction}`} title={describeChange(change)}>
      <span aria-hidden="true">{formatChange(change)}</span>
      <span className="visually-hidden">{describeChange(change)}</span>
    </span>
  );
}
