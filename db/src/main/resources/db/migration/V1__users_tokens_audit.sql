-- People who sign in to Panel, the API tokens they hold, and the audit trail.
-- Written once for MySQL 8 / MariaDB 10.6+ and H2 in MySQL mode.

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(128) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE api_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)    NOT NULL,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_token_hash (token_hash),
    KEY ix_api_token_user (user_id),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(64)  NULL,
    action       VARCHAR(64)  NOT NULL,
    subject      VARCHAR(200) NULL,
    detail       VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_time (occurred_at),
    KEY ix_audit_event_actor (actor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
