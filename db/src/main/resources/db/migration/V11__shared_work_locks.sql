-- ShedLock's lock rows: scheduled work that must run on one instance at a time (the retention rule, the reminder
-- round) takes its row here for a while, so that the other instances of a cluster skip that round. The columns are
-- the ones ShedLock's JDBC provider reads and writes.

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
