-- Imported questions often come with guidance for answering (STAR bullets, tips) and a sample answer.
-- Both are optional: questions written in Panel need neither. Guidance is a JSON array of texts.
ALTER TABLE question ADD COLUMN guidance LONGTEXT NULL;
ALTER TABLE question ADD COLUMN sample_answer LONGTEXT NULL;
