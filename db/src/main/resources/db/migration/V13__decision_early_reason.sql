-- A decision recorded while some of the loop's scorecards are still missing keeps the hiring manager's written reason
-- for not waiting (as a plan published despite its coverage check keeps its override reason); NULL when every
-- scorecard was in.
ALTER TABLE decision ADD COLUMN early_reason VARCHAR(4000) NULL;
