// [SECTION] index: keys / checksum / decisions / adopting and revising / reading versions
#include "core/lifecycle/decisions.h"

#include <algorithm>
#include <cctype>

#include "core/base/errors.h"
#include "core/lifecycle/lifecycle_checks.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Keys
namespace {
constexpr std::string_view kBodyKeys[] = {"college", "council_committee", "council"};
constexpr std::string_view kOutcomeKeys[] = {"approved", "amended", "postponed", "rejected", "noted"};
} // namespace

std::string_view ToKey(DecisionBody b) { return kBodyKeys[static_cast<int>(b)]; }
std::string_view ToKey(DecisionOutcome o) { return kOutcomeKeys[static_cast<int>(o)]; }

std::optional<DecisionBody> DecisionBodyFromKey(std::string_view key) {
    for (size_t i = 0; i < std::size(kBodyKeys); ++i)
        if (kBodyKeys[i] == key) return static_cast<DecisionBody>(i);
    return std::nullopt;
}

std::optional<DecisionOutcome> DecisionOutcomeFromKey(std::string_view key) {
    for (size_t i = 0; i < std::size(kOutcomeKeys); ++i)
        if (kOutcomeKeys[i] == key) return static_cast<DecisionOutcome>(i);
    return std::nullopt;
}

// [SECTION] Checksum
std::string VersionChecksum(const PlanVersion& v) {
    std::string text = "hearingdesk-plan-version-1";
    auto add = [&](const std::string& field) { text += "\n" + std::to_string(field.size()) + ":" + field; };
    add(v.kind == VersionKind::Adopted ? "adopted" : "revision");
    add(std::to_string(v.number));
    add(std::to_string(v.decision_id));
    add(std::to_string(v.based_on));
    add(v.reason);
    add(v.created_by);
    add(std::to_string(v.created_at_ms));
    add(v.content);
    add(v.changes);
    return Sha256Hex(text);
}

DecisionStore::DecisionStore(PlanStore& store) : m_store(store) {}

// [SECTION] Decisions
namespace {
constexpr const char* kDecisionColumns =
    "SELECT id, date, body, outcome, reference, note, recorded_by, recorded_at_ms FROM decision ";

Decision ReadDecision(Statement& st) {
    Decision d;
    d.id = st.Int(0);
    d.date = st.Text(1);
    d.body = DecisionBodyFromKey(st.Text(2)).value_or(DecisionBody::College);
    d.outcome = DecisionOutcomeFromKey(st.Text(3)).value_or(DecisionOutcome::Noted);
    d.reference = st.Text(4);
    d.note = st.Text(5);
    d.recorded_by = st.Text(6);
    d.recorded_at_ms = st.Int(7);
    return d;
}

void CheckDecision(const Decision& d) {
    RequireIsoDate(d.date, "lifecycle.field.date");
    RequireShortText(d.reference, "lifecycle.field.reference", 200);
    RequireShortText(d.note, "lifecycle.field.note", 4000);
}

bool AdoptedSomething(Database& db, int64_t decision_id) {
    Statement st(db, "SELECT 1 FROM plan_version WHERE decision_id = ?");
    st.Bind(1, decision_id);
    return st.Step();
}
} // namespace

std::vector<Decision> DecisionStore::ListDecisions() {
    Statement st(m_store.Db(), (std::string(kDecisionColumns) + "ORDER BY date, id").c_str());
    std::vector<Decision> out;
    while (st.Step()) out.push_back(ReadDecision(st));
    return out;
}

std::optional<Decision> DecisionStore::GetDecision(int64_t id) {
    Statement st(m_store.Db(), (std::string(kDecisionColumns) + "WHERE id = ?").c_str());
    st.Bind(1, id);
    if (!st.Step()) return std::nullopt;
    return ReadDecision(st);
}

int64_t DecisionStore::AddDecision(Decision d, const std::string& by) {
    CheckDecision(d);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO decision(date, body, outcome, reference, note, recorded_by, recorded_at_ms) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, d.date).Bind(2, ToKey(d.body)).Bind(3, ToKey(d.outcome)).Bind(4, d.reference).Bind(5, d.note);
    st.Bind(6, by).Bind(7, NowWallMs());
    st.Exec();
    int64_t id = db.LastInsertId();
    tx.Commit();
    return id;
}

void DecisionStore::UpdateDecision(const Decision& d) {
    CheckDecision(d);
    Database& db = m_store.Db();
    Transaction tx(db);
    // The decision that adopted a version is part of that version's record: its body and outcome stay.
    if (AdoptedSomething(db, d.id)) {
        std::optional<Decision> old = GetDecision(d.id);
        if (old && (old->body != d.body || !CanAdopt(d.outcome)))
            throw InputError("lifecycle.err_decision_frozen",
                             "This decision adopted a version of the plan; its body and approval cannot change.");
    }
    Statement st(db, "UPDATE decision SET date = ?, body = ?, outcome = ?, reference = ?, note = ? WHERE id = ?");
    st.Bind(1, d.date).Bind(2, ToKey(d.body)).Bind(3, ToKey(d.outcome)).Bind(4, d.reference).Bind(5, d.note);
    st.Bind(6, d.id);
    st.Exec();
    tx.Commit();
}

void DecisionStore::DeleteDecision(int64_t id) {
    Database& db = m_store.Db();
    Transaction tx(db);
    if (AdoptedSomething(db, id))
        throw InputError("lifecycle.err_decision_frozen",
                         "This decision adopted a version of the plan; its body and approval cannot change.");
    Statement st(db, "DELETE FROM decision WHERE id = ?");
    st.Bind(1, id);
    st.Exec();
    tx.Commit();
}

// [SECTION] Adopting and revising
namespace {
int NextNumber(Database& db, const char* kind, int64_t based_on) {
    Statement st(db, "SELECT COALESCE(MAX(number), 0) FROM plan_version WHERE kind = ? AND COALESCE(based_on, 0) = ?");
    st.Bind(1, kind).Bind(2, based_on);
    st.Step();
    return static_cast<int>(st.Int(0)) + 1;
}

int64_t InsertVersion(Database& db, PlanVersion v) {
    v.sha256 = VersionChecksum(v);
    Statement st(db, "INSERT INTO plan_version(kind, number, decision_id, based_on, reason, created_by, created_at_ms, "
                     "content, changes, sha256) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, v.kind == VersionKind::Adopted ? "adopted" : "revision").Bind(2, v.number);
    if (v.decision_id) st.Bind(3, v.decision_id);
    else st.BindNull(3);
    if (v.based_on) st.Bind(4, v.based_on);
    else st.BindNull(4);
    st.Bind(5, v.reason).Bind(6, v.created_by).Bind(7, v.created_at_ms).Bind(8, v.content).Bind(9, v.changes);
    st.Bind(10, v.sha256);
    st.Exec();
    return db.LastInsertId();
}
} // namespace

int64_t DecisionStore::Adopt(int64_t decision_id, const std::string& by) {
    Database& db = m_store.Db();
    Transaction tx(db);
    std::optional<Decision> d = GetDecision(decision_id);
    if (!d) throw InputError("lifecycle.err_no_decision", "There is no decision with id " + std::to_string(decision_id) + ".",
                             {std::to_string(decision_id)});
    if (!CanAdopt(d->outcome))
        throw InputError("lifecycle.err_not_approving", "Only a decision that approves the plan can adopt it.");
    if (AdoptedSomething(db, decision_id))
        throw InputError("lifecycle.err_already_adopted", "This decision already adopted a version of the plan.");
    PlanVersion v;
    v.kind = VersionKind::Adopted;
    v.number = NextNumber(db, "adopted", 0);
    v.decision_id = decision_id;
    v.created_by = by;
    v.created_at_ms = NowWallMs();
    v.content = SnapshotToJson(TakeSnapshot(m_store));
    int64_t id = InsertVersion(db, v);
    tx.Commit();
    return id;
}

int64_t DecisionStore::RecordRevision(const std::string& reason, const std::string& by) {
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError("lifecycle.err_no_reason", "Say why the plan was changed before recording a revision.");
    RequireShortText(reason, "lifecycle.field.reason", 4000);
    Database& db = m_store.Db();
    Transaction tx(db);
    std::optional<PlanVersion> adopted = LatestAdopted();
    if (!adopted) throw InputError("lifecycle.err_nothing_adopted", "The plan has not been adopted yet.");
    std::vector<PlanChange> changes = ChangesSinceAdoption();
    if (changes.empty())
        throw InputError("lifecycle.err_no_changes", "Nothing changed since the adopted version; there is no revision to record.");
    PlanVersion v;
    v.kind = VersionKind::Revision;
    v.number = NextNumber(db, "revision", adopted->id);
    v.based_on = adopted->id;
    v.reason = reason;
    v.created_by = by;
    v.created_at_ms = NowWallMs();
    v.content = SnapshotToJson(TakeSnapshot(m_store));
    v.changes = ChangesToJson(changes);
    int64_t id = InsertVersion(db, v);
    tx.Commit();
    return id;
}

// [SECTION] Reading versions
namespace {
constexpr const char* kVersionColumns =
    "SELECT id, kind, number, COALESCE(decision_id, 0), COALESCE(based_on, 0), reason, created_by, created_at_ms, "
    "content, changes, sha256 FROM plan_version ";

PlanVersion ReadVersion(Statement& st) {
    PlanVersion v;
    v.id = st.Int(0);
    v.kind = st.Text(1) == "adopted" ? VersionKind::Adopted : VersionKind::Revision;
    v.number = static_cast<int>(st.Int(2));
    v.decision_id = st.Int(3);
    v.based_on = st.Int(4);
    v.reason = st.Text(5);
    v.created_by = st.Text(6);
    v.created_at_ms = st.Int(7);
    v.content = st.Text(8);
    v.changes = st.Text(9);
    v.sha256 = st.Text(10);
    v.verified = VersionChecksum(v) == v.sha256;
    return v;
}

// Who last changed an accepted objective or an action after `since_ms`, from the audit trail.
void AttachAuthors(Database& db, int64_t since_ms, std::vector<PlanChange>& changes) {
    Statement st(db, "SELECT who, at_ms FROM audit_entry WHERE target_kind = ? AND target_ref = ? "
                     "AND at_ms >= ? ORDER BY at_ms DESC, id DESC LIMIT 1");
    for (PlanChange& c : changes) {
        if (c.target_kind != "objective" && c.target_kind != "action") continue;
        st.Reset();
        st.Bind(1, c.target_kind).Bind(2, std::to_string(c.target_id)).Bind(3, since_ms);
        if (!st.Step()) continue;
        c.who = st.Text(0);
        c.at_ms = st.Int(1);
    }
}
} // namespace

std::vector<PlanVersion> DecisionStore::ListVersions() {
    Statement st(m_store.Db(), (std::string(kVersionColumns) + "ORDER BY id").c_str());
    std::vector<PlanVersion> out;
    while (st.Step()) out.push_back(ReadVersion(st));
    return out;
}

std::optional<PlanVersion> DecisionStore::GetVersion(int64_t id) {
    Statement st(m_store.Db(), (std::string(kVersionColumns) + "WHERE id = ?").c_str());
    st.Bind(1, id);
    if (!st.Step()) return std::nullopt;
    return ReadVersion(st);
}

std::optional<PlanVersion> DecisionStore::LatestAdopted() {
    Statement st(m_store.Db(), (std::string(kVersionColumns) + "WHERE kind = 'adopted' ORDER BY number DESC LIMIT 1").c_str());
    if (!st.Step()) return std::nullopt;
    return ReadVersion(st);
}

std::vector<PlanChange> DecisionStore::ChangesSinceAdoption() {
    std::optional<PlanVersion> adopted = LatestAdopted();
    if (!adopted) return {};
    if (!adopted->verified)
        throw InputError("lifecycle.err_tampered",
                         "Adopted version " + std::to_string(adopted->number) +
                             " does not match its checksum: it was changed outside Hearing Desk.",
                         {std::to_string(adopted->number)});
    std::vector<PlanChange> changes = DiffSnapshots(SnapshotFromJson(adopted->content), TakeSnapshot(m_store));
    AttachAuthors(m_store.Db(), adopted->created_at_ms, changes);
    return changes;
}

} // namespace hd
