// «19 % ответов на проверке»: said on the figure itself when part of its responses await a review decision.
import { Text } from "@mantine/core";
import type { UnderReview } from "../../contract/dashboard";
import { formatCount } from "../format/numbers";

const percent = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 0 });

export function UnderReviewNote({ review }: { review: UnderReview | undefined }) {
  if (!review) return null;
  const share = review.share * 100;
  return (
    <Text size="sm" c="#8a3a00" fw={600} data-testid="under-review">
      {share < 1 ? "меньше 1" : percent.format(share)} % ответов на проверке ({formatCount(review.count)}): индекс может измениться после решения проверяющих.
    </Text>
  );
}
