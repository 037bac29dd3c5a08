-- Accounts for a real organisation: every person has an email, a time zone, a last sign-in, and a session epoch
-- (raising it ends every UI session the person holds); an account may be linked to an identity provider's subject.
-- Invited people have no password until they set one, so the hash becomes optional.

ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;
UPDATE app_user SET email = CONCAT(username, '@panel.example');
ALTER TABLE app_user MODIFY COLUMN email VARCHAR(254) NOT NULL;
CREATE UNIQUE INDEX uk_app_user_email ON app_user (email);

ALTER TABLE app_user MODIFY COLUMN password_hash VARCHAR(100) NULL;
ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(64) NULL;
ALTER TABLE app_user ADD COLUMN last_sign_in_at DATETIME(6) NULL;
ALTER TABLE app_user ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN sso_issuer VARCHAR(255) NULL;
ALTER TABLE app_user ADD COLUMN sso_subject VARCHAR(255) NULL;
CREATE UNIQUE INDEX uk_app_user_sso ON app_user (sso_issuer, sso_subject);

-- Tokens a person made on My account carry a name; tokens from POST /api/tokens may not.
ALTER TABLE api_token ADD COLUMN name VARCHAR(100) NULL;

-- Single-use links for invitations and password resets: only the SHA-256 of the token is kept.
CREATE TABLE account_link (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)    NOT NULL,
    user_id     BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    created_by  VARCHAR(64) NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_link_hash (token_hash),
    KEY ix_account_link_user (user_id),
    CONSTRAINT fk_account_link_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Failed sign-ins per client (a hash of its address), so that one client cannot lock many accounts.
-- A row, not a map in one JVM: every Panel instance counts against the same limit.
CREATE TABLE sign_in_client (
    client_key        CHAR(64)    NOT NULL,
    window_started_at DATETIME(6) NOT NULL,
    failures          INT         NOT NULL,
    PRIMARY KEY (client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
