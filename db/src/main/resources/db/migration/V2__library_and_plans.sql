-- The library: competencies with versioned rubrics, roles, the question bank, question plans.
-- Lists that are only ever read and written whole (rubric levels, probes, plan stages) are JSON text.

CREATE TABLE competency (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    slug         VARCHAR(64)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_competency_slug (slug),
    UNIQUE KEY uk_competency_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A rubric version is never changed: editing a rubric adds a version.
CREATE TABLE rubric_version (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    competency_id  BIGINT      NOT NULL,
    number         INT         NOT NULL,
    levels         LONGTEXT    NOT NULL,
    created_by     VARCHAR(64) NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rubric_version (competency_id, number),
    CONSTRAINT fk_rubric_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE job_role (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    slug               VARCHAR(64)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    level              VARCHAR(100)  NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    hiring_manager_id  BIGINT        NULL,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_job_role_slug (slug),
    UNIQUE KEY uk_job_role_name (name),
    CONSTRAINT fk_job_role_manager FOREIGN KEY (hiring_manager_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE role_competency (
    id             BIGINT  NOT NULL AUTO_INCREMENT,
    role_id        BIGINT  NOT NULL,
    competency_id  BIGINT  NOT NULL,
    weight         INT     NOT NULL,
    must_have      BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_role_competency (role_id, competency_id),
    CONSTRAINT fk_rc_role FOREIGN KEY (role_id) REFERENCES job_role (id),
    CONSTRAINT fk_rc_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE question (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    slug             VARCHAR(64)   NULL,
    text             VARCHAR(2000) NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    level            VARCHAR(20)   NOT NULL,
    signal_text      VARCHAR(2000) NOT NULL,
    probes           LONGTEXT      NOT NULL,
    strong_answer    LONGTEXT      NOT NULL,
    red_flags        LONGTEXT      NOT NULL,
    minutes          INT           NOT NULL,
    source           VARCHAR(500)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_question_slug (slug),
    KEY ix_question_kind_level (kind, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE question_competency (
    id             BIGINT NOT NULL AUTO_INCREMENT,
    question_id    BIGINT NOT NULL,
    competency_id  BIGINT NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_question_competency (question_id, competency_id),
    KEY ix_qc_competency (competency_id),
    CONSTRAINT fk_qc_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_qc_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE question_role (
    id           BIGINT NOT NULL AUTO_INCREMENT,
    question_id  BIGINT NOT NULL,
    role_id      BIGINT NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_question_role (question_id, role_id),
    KEY ix_qr_role (role_id),
    CONSTRAINT fk_qr_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_qr_role FOREIGN KEY (role_id) REFERENCES job_role (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE question_plan (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    role_id          BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    stages           LONGTEXT      NOT NULL,
    override_reason  VARCHAR(2000) NULL,
    published_by     VARCHAR(64)   NULL,
    published_at     DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_plan_role (role_id, state),
    CONSTRAINT fk_plan_role FOREIGN KEY (role_id) REFERENCES job_role (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
