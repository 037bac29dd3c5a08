package dev.panel.admin;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditFilter;
import dev.panel.audit.AuditLog;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import jakarta.inject.Singleton;

import java.util.List;

/** The audit log as admins read it: filtered, a page at a time, and never changed. */
@Singleton
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    public List<AuditEvent> page(Actor reader, AuditFilter filter, int offset, int limit) {
        reader.require("read the audit log", Role.ADMIN);
        return log.page(filter, offset, limit);
    }

    public long count(Actor reader, AuditFilter filter) {
        reader.require("read the audit log", Role.ADMIN);
        return log.count(filter);
    }

    public List<String> actions(Actor reader) {
        reader.require("read the audit log", Role.ADMIN);
        return log.actions();
    }
}
