"""The functions and triggers a company server's policies stand on (PostgreSQL only).

Why functions: a policy must know who is connected (``session_user``, mapped to a person by
``people.login_role``), whom that person manages, directly or not, and which meetings they
held. Those answers read ``people`` (and meetings' authors) past their policies, so they are
``SECURITY DEFINER`` functions owned by the ``guard`` role (BYPASSRLS), with a fixed
``search_path``; they return ids, one name and booleans, never anything a person wrote.
``session_user`` is used, not ``current_user``: inside these functions ``current_user`` is
their owner, and ``SET ROLE`` to a group must not change who someone is.

Why triggers as well as policies: a policy decides which rows a statement may touch, not how
a row may change. The triggers keep history as written (no updates, no deletes — also not by a
cascade from a deleted action — except moving an assessment's status forward), let a manager
change evidence only by adding their own verification line, and write the audit log.
A database superuser (the administrator, who is no person here) passes them.
"""

from __future__ import annotations

from cxcareer.store.server_roles import ServerRoles, quote_ident

__all__ = ["AUDITED", "HISTORY_TABLES", "drop_sql", "install_sql"]

#: Tables whose rows, once written, stay as written.
HISTORY_TABLES = (
    "assessments",
    "assessment_items",
    "action_status_changes",
    "meetings",
    "meeting_actions",
    "private_notes",
)

#: Every audited table and the columns that name one of its rows in the audit log.
AUDITED: dict[str, tuple[str, ...]] = {
    "framework_versions": ("id",),
    "people": ("id",),
    "person_targets": ("person_id", "position"),
    "assessments": ("id",),
    "assessment_items": ("id",),
    "evidence": ("id",),
    "actions": ("id",),
    "action_status_changes": ("id",),
    "meetings": ("id",),
    "meeting_actions": ("meeting_id", "action_id"),
    "private_notes": ("meeting_id",),
}

_FUNCTIONS = (
    "cxcareer_me()",
    "cxcareer_my_name()",
    "cxcareer_is_hr()",
    "cxcareer_reports()",
    "cxcareer_visible()",
    "cxcareer_my_meetings()",
    "cxcareer_keep_history()",
    "cxcareer_verify_only()",
    "cxcareer_audit()",
)


def install_sql(roles: ServerRoles) -> list[str]:
    """Statements creating the audit log, the functions and the triggers (idempotent)."""
    guard, owner, hr = (quote_ident(r) for r in (roles.guard, roles.owner, roles.hr))
    hr_literal = "'" + roles.hr.replace("'", "''") + "'"
    definer = "SECURITY DEFINER SET search_path = public, pg_temp"
    statements = [
        """CREATE TABLE IF NOT EXISTS audit_log (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            role_name text NOT NULL DEFAULT session_user,
            table_name text NOT NULL,
            operation text NOT NULL,
            row_key text NOT NULL)""",
        f"""CREATE OR REPLACE FUNCTION cxcareer_me() RETURNS varchar
            LANGUAGE sql STABLE {definer} AS
            $$ SELECT id FROM people WHERE login_role = session_user::text $$""",
        f"""CREATE OR REPLACE FUNCTION cxcareer_my_name() RETURNS varchar
            LANGUAGE sql STABLE {definer} AS
            $$ SELECT name FROM people WHERE login_role = session_user::text $$""",
        f"""CREATE OR REPLACE FUNCTION cxcareer_is_hr() RETURNS boolean
            LANGUAGE sql STABLE {definer} AS
            $$ SELECT cxcareer_me() IS NOT NULL AND pg_has_role(session_user, {hr_literal},
               'MEMBER') $$""",
        # UNION (not UNION ALL) ends the walk even if managers were made to form a loop.
        f"""CREATE OR REPLACE FUNCTION cxcareer_reports() RETURNS SETOF varchar
            LANGUAGE sql STABLE {definer} AS
            $$ WITH RECURSIVE below(id) AS (
                   SELECT p.id FROM people p WHERE p.manager_id = cxcareer_me()
                   UNION
                   SELECT p.id FROM people p JOIN below b ON p.manager_id = b.id)
               SELECT id FROM below WHERE id IS DISTINCT FROM cxcareer_me() $$""",
        f"""CREATE OR REPLACE FUNCTION cxcareer_visible() RETURNS SETOF varchar
            LANGUAGE sql STABLE {definer} AS
            $$ SELECT id FROM people WHERE cxcareer_is_hr()
               UNION SELECT cxcareer_me() WHERE cxcareer_me() IS NOT NULL
               UNION SELECT cxcareer_reports() $$""",
        # A private note's reader must be its role *and* the person who held the meeting: a
        # login the administrator hands to someone new does not bring its old notes along.
        f"""CREATE OR REPLACE FUNCTION cxcareer_my_meetings() RETURNS SETOF varchar
            LANGUAGE sql STABLE {definer} AS
            $$ SELECT id FROM meetings WHERE author_id = cxcareer_me() $$""",
        f"""CREATE OR REPLACE FUNCTION cxcareer_keep_history() RETURNS trigger
            LANGUAGE plpgsql {definer} AS $$
            BEGIN
              IF cxcareer_me() IS NULL THEN  -- the administrator, not a person
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
              END IF;
              -- Nested: NEW.status on a table without that column, or NEW in a DELETE (a
              -- cascade from a deleted action), would fail with another error than a refusal.
              -- An action taken back before anything happened to it (its status never
              -- changed, no meeting agreed it): the row that opened it goes with it.
              IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'action_status_changes' THEN
                IF to_jsonb(OLD) ->> 'seq' = '1' AND to_jsonb(OLD) ->> 'old_status' IS NULL
                   AND NOT EXISTS (SELECT 1 FROM actions a
                                   WHERE a.id = to_jsonb(OLD) ->> 'action_id') THEN
                  RETURN OLD;
                END IF;
              END IF;
              IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'assessments' THEN
                IF to_jsonb(NEW) - 'status' = to_jsonb(OLD) - 'status'
                   AND array_position(ARRAY['draft', 'shared', 'final'], to_jsonb(NEW) ->> 'status')
                       >= array_position(ARRAY['draft', 'shared', 'final'],
                                         to_jsonb(OLD) ->> 'status') THEN
                  RETURN NEW;
                END IF;
              END IF;
              RAISE EXCEPTION 'cxcareer: % rows are history and stay as written', TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
            END $$""",
        f"""CREATE OR REPLACE FUNCTION cxcareer_verify_only() RETURNS trigger
            LANGUAGE plpgsql {definer} AS $$
            DECLARE
              line text := E'\\n' || chr(10004) || ' ' || cxcareer_my_name() || ', ';
              kept text;
            BEGIN
              IF cxcareer_me() IS NULL THEN
                RETURN NEW;
              END IF;
              kept := left(NEW.text, length(NEW.text) - length(line) - 10);
              IF to_jsonb(NEW) - 'strength' - 'text' = to_jsonb(OLD) - 'strength' - 'text'
                 AND OLD.strength <> 'verified' AND NEW.strength = 'verified'
                 AND NEW.text = kept || line || right(NEW.text, 10)
                 AND right(NEW.text, 10) ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'
                 AND starts_with(OLD.text, kept)
                 AND btrim(substr(OLD.text, length(kept) + 1), E' \\t\\r\\n') = '' THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'cxcareer: evidence changes only by its verification'
                USING ERRCODE = 'insufficient_privilege';
            END $$""",
        """CREATE OR REPLACE FUNCTION cxcareer_audit() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            DECLARE
              data jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
              key text := '';
              col text;
            BEGIN
              FOREACH col IN ARRAY TG_ARGV LOOP
                key := key || CASE WHEN key = '' THEN '' ELSE '/' END
                       || coalesce(data ->> col, '');
              END LOOP;
              INSERT INTO audit_log (table_name, operation, row_key)
                VALUES (TG_TABLE_NAME, TG_OP, key);
              RETURN NULL;
            END $$""",
    ]
    for signature in _FUNCTIONS:
        function_owner = owner if signature == "cxcareer_audit()" else guard
        statements += [
            f"ALTER FUNCTION {signature} OWNER TO {function_owner}",
            f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC",
        ]
    statements.append("ALTER TABLE audit_log OWNER TO " + owner)
    statements.append(f"REVOKE ALL ON audit_log FROM PUBLIC; GRANT SELECT ON audit_log TO {hr}")
    for table in HISTORY_TABLES:
        statements.append(
            f"CREATE TRIGGER cxcareer_keep_history BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION cxcareer_keep_history()"
        )
    statements.append(
        "CREATE TRIGGER cxcareer_verify_only BEFORE UPDATE ON evidence "
        "FOR EACH ROW EXECUTE FUNCTION cxcareer_verify_only()"
    )
    for table, key in AUDITED.items():
        args = ", ".join(f"'{column}'" for column in key)
        statements.append(
            f"CREATE TRIGGER cxcareer_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION cxcareer_audit({args})"
        )
    return statements


def drop_sql() -> list[str]:
    """Statements removing the triggers (functions stay; the audit log always stays)."""
    statements = [f"DROP TRIGGER IF EXISTS cxcareer_keep_history ON {t}" for t in HISTORY_TABLES]
    statements.append("DROP TRIGGER IF EXISTS cxcareer_verify_only ON evidence")
    statements += [f"DROP TRIGGER IF EXISTS cxcareer_audit ON {t}" for t in AUDITED]
    return statements
