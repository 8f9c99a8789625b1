// The stars of an index (1..5) as ★★★★☆, with a spoken label.
import { starsWord } from "../format/labels";

export function Stars({ count }: { count: number | undefined }) {
  if (count === undefined)
    return (
      <span aria-label="звёзд нет" role="img">
        —
      </span>
    );
  return (
    <span className="stars" role="img" aria-label={`${count} ${starsWord(count)} из 5`}>
      {"★".repeat(count)}
      {"☆".repeat(5 - count)}
    </span>
  );
}
