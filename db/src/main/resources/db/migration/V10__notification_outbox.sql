-- The notification outbox: a row is written in the same transaction as the change that causes it, and a sender
-- delivers it afterwards. (event_key, recipient_id) is unique, so an event is told to a person once, however many
-- Panel instances notice it. Facts hold what the message needs (names, times, links), never a rating or a note.
CREATE TABLE notification (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    event_key       VARCHAR(190)  NOT NULL,
    recipient_id    BIGINT        NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    loop_id         BIGINT        NULL,
    interview_id    BIGINT        NULL,
    facts           TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(100)  NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_notification_event (event_key, recipient_id),
    KEY ix_notification_due (status, next_attempt_at),
    KEY ix_notification_loop (loop_id),
    KEY ix_notification_interview (interview_id, recipient_id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- What each person has chosen to hear, and the secret of their calendar feed (only its SHA-256 is kept).
-- No row means the defaults: reminders and digests on, no feed yet.
CREATE TABLE notification_preference (
    user_id             BIGINT      NOT NULL,
    reminders           BOOLEAN     NOT NULL,
    digests             BOOLEAN     NOT NULL,
    calendar_token_hash CHAR(64)    NULL,
    version             BIGINT      NOT NULL,
    PRIMARY KEY (user_id),
    UNIQUE KEY uk_notification_preference_feed (calendar_token_hash),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
