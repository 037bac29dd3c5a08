-- Each person's locale (a BCP 47 tag such as en-GB or de-DE): how dates are typed and shown to them. Null until they
-- choose one or their browser's is adopted at the first page; until then the browser's language applies.

ALTER TABLE app_user ADD COLUMN locale VARCHAR(35) NULL;
