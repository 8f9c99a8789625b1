-- 0014_voice_texts_by_time: two indexes for reading texts at national scale (1,000,000 texts on PostgreSQL).
-- Newest first: a country-wide list filtered by theme, score or channel (no words searched) walks this index back from
-- the end of the period and stops at the page's last text, instead of reading every text of the theme and sorting
-- them (178 → 14 ms).
CREATE INDEX voice_texts_at_idx ON voice_texts (at DESC, id DESC);

-- A unit subtree's theme counts read the index alone, not texts scattered over the table (a region's year of trend:
-- 110 → 30 ms, with themeMonths counting in one hash-grouped pass).
DROP INDEX voice_texts_unit_month_idx;
CREATE INDEX voice_texts_unit_month_idx ON voice_texts (unit_id, local_month, at DESC) INCLUDE (id, respondent, themes, negative, response_id);
