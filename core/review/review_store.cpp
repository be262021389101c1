// [SECTION] index: keys / validation / members / review state / approval / comments / audit / forum
#include "core/review/review_store.h"

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/store.h"
#include "core/base/utf8.h"
#include "core/merge/merge_store.h"

namespace hd {

// [SECTION] Keys
std::string_view ToKey(ReviewState s) {
    switch (s) {
    case ReviewState::Draft: return "draft";
    case ReviewState::UnderReview: return "under_review";
    case ReviewState::Approved: return "approved";
    }
    return "draft";
}

std::optional<ReviewState> ReviewStateFromKey(std::string_view key) {
    if (key == "draft") return ReviewState::Draft;
    if (key == "under_review") return ReviewState::UnderReview;
    if (key == "approved") return ReviewState::Approved;
    return std::nullopt;
}

// [SECTION] Validation: bad input is refused before anything is written
namespace {
void RequireText(std::string_view text, const char* field, bool allow_empty = false) {
    if (!allow_empty && Trim(text).empty())
        throw InputError("review.err_empty", std::string("The field '") + field + "' may not be empty.", {field});
    if (!IsValidUtf8(text))
        throw InputError("review.err_utf8", std::string("The field '") + field + "' is not valid UTF-8.", {field});
    if (text.size() > kMaxNoteBytes)
        throw InputError("review.err_too_long", std::string("The field '") + field + "' is too long.", {field});
}

ReviewTarget ReadTarget(Statement& st, int first) {
    ReviewTarget t;
    t.kind = st.Text(first);
    t.ref = st.Text(first + 1);
    t.hearing_id = st.Int(first + 2);
    t.theme_id = st.Int(first + 3);
    return t;
}
} // namespace

// [SECTION] Members
std::vector<CoreMember> ReviewStore::ListMembers() {
    Statement st(m_store.Db(), "SELECT id, name, organisation, role, position FROM core_member ORDER BY position, id");
    std::vector<CoreMember> out;
    while (st.Step()) out.push_back({st.Int(0), st.Text(1), st.Text(2), st.Text(3), static_cast<int>(st.Int(4))});
    return out;
}

int64_t ReviewStore::AddMember(const CoreMember& m) {
    RequireText(m.name, "name");
    RequireText(m.organisation, "organisation", true);
    RequireText(m.role, "role", true);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO core_member(name, organisation, role, position) "
                     "VALUES(?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM core_member))");
    st.Bind(1, m.name).Bind(2, m.organisation).Bind(3, m.role).Exec();
    int64_t id = db.LastInsertId();
    tx.Commit();
    return id;
}

void ReviewStore::UpdateMember(const CoreMember& m) {
    RequireText(m.name, "name");
    RequireText(m.organisation, "organisation", true);
    RequireText(m.role, "role", true);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "UPDATE core_member SET name = ?, organisation = ?, role = ? WHERE id = ?");
    st.Bind(1, m.name).Bind(2, m.organisation).Bind(3, m.role).Bind(4, m.id).Exec();
    tx.Commit();
}

void ReviewStore::DeleteMember(int64_t id) {
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "DELETE FROM core_member WHERE id = ?");
    st.Bind(1, id).Exec();
    tx.Commit();
}

// [SECTION] Review state
namespace {
MinutesReview ReadReview(Statement& st) {
    MinutesReview r;
    r.hearing_id = st.Int(0);
    r.state = ReviewStateFromKey(st.Text(1)).value_or(ReviewState::Draft);
    r.approved_by = st.Text(2);
    r.approved_at_ms = st.Int(3);
    r.changed_by = st.Text(4);
    r.changed_at_ms = st.Int(5);
    r.approve_reason = st.Text(6);
    r.unresolved_at_approval = st.Int(7);
    return r;
}
constexpr const char* kReviewColumns = "hearing_id, state, approved_by, approved_at_ms, changed_by, changed_at_ms, "
                                       "approve_reason, unresolved_at_approval";
} // namespace

MinutesReview ReviewStore::GetReview(int64_t hearing_id) {
    std::string sql = std::string("SELECT ") + kReviewColumns + " FROM minutes_review WHERE hearing_id = ?";
    Statement st(m_store.Db(), sql.c_str());
    st.Bind(1, hearing_id);
    if (st.Step()) return ReadReview(st);
    MinutesReview r;
    r.hearing_id = hearing_id;
    return r;
}

std::vector<MinutesReview> ReviewStore::ListReviews() {
    std::string sql = std::string("SELECT ") + kReviewColumns + " FROM minutes_review ORDER BY hearing_id";
    Statement st(m_store.Db(), sql.c_str());
    std::vector<MinutesReview> out;
    while (st.Step()) out.push_back(ReadReview(st));
    return out;
}

namespace {
Hearing RequireHearing(PlanStore& store, int64_t hearing_id) {
    std::optional<Hearing> hearing = store.GetHearing(hearing_id);
    if (!hearing)
        throw InputError("review.err_no_hearing", "There is no hearing with id " + std::to_string(hearing_id) + ".",
                         {std::to_string(hearing_id)});
    return *hearing;
}
} // namespace

void ReviewStore::SetReviewState(int64_t hearing_id, ReviewState state, const std::string& by, int64_t at_ms) {
    RequireText(by, "by", true);
    RequireHearing(m_store, hearing_id);
    MinutesReview before = GetReview(hearing_id);
    if (before.state == state) return;
    // Approval and reopening have their own rules (unresolved entries, a reason); no way around them.
    if (state == ReviewState::Approved)
        throw InputError("review.err_approve_directly", "Minutes are approved with Approve, which checks what is unresolved.");
    if (before.state == ReviewState::Approved)
        throw InputError("review.err_reopen_reason", "Reopening approved minutes needs a reason.");
    WriteState(hearing_id, state, by, at_ms, {}, 0);
}

// One transaction: the new state and its audit entry. Approving records who, when and (approved
// anyway) why and how much was unresolved; any other state clears the approval.
void ReviewStore::WriteState(int64_t hearing_id, ReviewState state, const std::string& by, int64_t at_ms,
                             const std::string& reason, int64_t unresolved) {
    Hearing hearing = RequireHearing(m_store, hearing_id);
    MinutesReview before = GetReview(hearing_id);
    Database& db = m_store.Db();
    Transaction tx(db);
    bool approved = state == ReviewState::Approved;
    Statement st(db, "INSERT INTO minutes_review(hearing_id, state, approved_by, approved_at_ms, changed_by, changed_at_ms, "
                     "approve_reason, unresolved_at_approval) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                     "ON CONFLICT(hearing_id) DO UPDATE SET state = ?2, approved_by = ?3, approved_at_ms = ?4, "
                     "changed_by = ?5, changed_at_ms = ?6, approve_reason = ?7, unresolved_at_approval = ?8");
    st.Bind(1, hearing_id).Bind(2, ToKey(state)).Bind(3, approved ? by : std::string());
    st.Bind(4, approved ? at_ms : int64_t{0}).Bind(5, by).Bind(6, at_ms);
    st.Bind(7, approved ? reason : std::string()).Bind(8, approved ? unresolved : int64_t{0}).Exec();
    // State changes are part of the trail: reopening approved minutes must be visible later.
    Statement audit(db, "INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, "
                        "before, after, reason) VALUES(?, ?, 'minutes', ?, 'state_changed', ?, ?, ?, ?, ?)");
    audit.Bind(1, hearing_id).Bind(2, hearing.theme_id).Bind(3, std::to_string(hearing_id)).Bind(4, by).Bind(5, at_ms);
    audit.Bind(6, ToKey(before.state)).Bind(7, ToKey(state)).Bind(8, reason).Exec();
    tx.Commit();
}

// [SECTION] Approval
ApprovalCheck ReviewStore::CheckApproval(int64_t hearing_id) {
    ApprovalCheck check;
    MergeStore merges(m_store);
    MergeProgress progress = merges.Progress(hearing_id);
    check.entries = progress.total;
    check.unresolved = progress.total - progress.resolved;
    check.unmerged = !merges.HasMerge(hearing_id) && m_store.CountNotes(hearing_id, 'A') > 0 &&
                     m_store.CountNotes(hearing_id, 'B') > 0;
    return check;
}

void ReviewStore::Approve(int64_t hearing_id, const std::string& by, int64_t at_ms, const std::string& reason) {
    RequireText(by, "by");
    RequireText(reason, "reason", true);
    RequireHearing(m_store, hearing_id);
    if (GetReview(hearing_id).state == ReviewState::Approved) return;
    ApprovalCheck check = CheckApproval(hearing_id);
    std::string why(Trim(reason));
    if (!check.Clean() && why.empty()) {
        std::string n = std::to_string(check.unresolved);
        if (check.unmerged)
            throw InputError("review.err_unmerged",
                             "Both reporters' notes have not been merged yet. Merge and review them first, or "
                             "approve anyway with a reason.");
        throw InputError("review.err_unresolved",
                         n + " of " + std::to_string(check.entries) +
                             " entries are still unresolved. Resolve them first, or approve anyway with a reason.",
                         {n, std::to_string(check.entries)});
    }
    WriteState(hearing_id, ReviewState::Approved, by, at_ms, check.Clean() ? std::string() : why,
               static_cast<int64_t>(check.unresolved));
}

void ReviewStore::Reopen(int64_t hearing_id, const std::string& by, int64_t at_ms, const std::string& reason) {
    RequireText(by, "by");
    RequireText(reason, "reason", true);
    RequireHearing(m_store, hearing_id);
    if (GetReview(hearing_id).state != ReviewState::Approved) return;
    std::string why(Trim(reason));
    if (why.empty()) throw InputError("review.err_reopen_reason", "Reopening approved minutes needs a reason.");
    WriteState(hearing_id, ReviewState::Draft, by, at_ms, why, 0);
}

// [SECTION] Comments
int64_t ReviewStore::AddComment(const ReviewTarget& target, const std::string& author, const std::string& text,
                                int64_t at_ms) {
    RequireText(text, "text");
    RequireText(author, "author", true);
    RequireText(target.kind, "kind");
    RequireText(target.ref, "ref", true);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO review_comment(target_kind, target_ref, hearing_id, theme_id, author, text, "
                     "created_at_ms) VALUES(?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, target.kind).Bind(2, target.ref).Bind(3, target.hearing_id).Bind(4, target.theme_id);
    st.Bind(5, author).Bind(6, text).Bind(7, at_ms).Exec();
    int64_t id = db.LastInsertId();
    tx.Commit();
    return id;
}

void ReviewStore::ResolveComment(int64_t id, bool resolved, const std::string& by, int64_t at_ms) {
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "UPDATE review_comment SET resolved = ?, resolved_by = ?, resolved_at_ms = ? WHERE id = ?");
    st.Bind(1, resolved ? 1 : 0).Bind(2, resolved ? by : std::string()).Bind(3, resolved ? at_ms : int64_t{0});
    st.Bind(4, id).Exec();
    tx.Commit();
}

namespace {
constexpr const char* kCommentColumns = "id, target_kind, target_ref, hearing_id, theme_id, author, text, "
                                        "created_at_ms, resolved, resolved_by, resolved_at_ms";
ReviewComment ReadComment(Statement& st) {
    ReviewComment c;
    c.id = st.Int(0);
    c.target = ReadTarget(st, 1);
    c.author = st.Text(5);
    c.text = st.Text(6);
    c.created_at_ms = st.Int(7);
    c.resolved = st.Int(8) != 0;
    c.resolved_by = st.Text(9);
    c.resolved_at_ms = st.Int(10);
    return c;
}
} // namespace

std::vector<ReviewComment> ReviewStore::ListComments(int64_t hearing_id, int64_t theme_id, bool include_resolved) {
    std::string sql = std::string("SELECT ") + kCommentColumns +
                      " FROM review_comment WHERE (?1 = 0 OR hearing_id = ?1) AND (?2 = 0 OR theme_id = ?2) "
                      "AND (?3 = 1 OR resolved = 0) ORDER BY id";
    Statement st(m_store.Db(), sql.c_str());
    st.Bind(1, hearing_id).Bind(2, theme_id).Bind(3, include_resolved ? 1 : 0);
    std::vector<ReviewComment> out;
    while (st.Step()) out.push_back(ReadComment(st));
    return out;
}

std::vector<ReviewComment> ReviewStore::CommentsOn(const std::string& kind, const std::string& ref) {
    std::string sql = std::string("SELECT ") + kCommentColumns +
                      " FROM review_comment WHERE target_kind = ? AND target_ref = ? ORDER BY id";
    Statement st(m_store.Db(), sql.c_str());
    st.Bind(1, kind).Bind(2, ref);
    std::vector<ReviewComment> out;
    while (st.Step()) out.push_back(ReadComment(st));
    return out;
}

// [SECTION] Audit trail
void ReviewStore::RecordChange(const AuditEntry& e) {
    RequireText(e.what, "what");
    RequireText(e.before, "before", true);
    RequireText(e.after, "after", true);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, "
                     "after, reason) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, e.target.hearing_id).Bind(2, e.target.theme_id).Bind(3, e.target.kind).Bind(4, e.target.ref);
    st.Bind(5, e.what).Bind(6, e.who).Bind(7, e.at_ms).Bind(8, e.before).Bind(9, e.after).Bind(10, e.reason).Exec();
    tx.Commit();
}

bool ReviewStore::RecordChangeIfApproved(const AuditEntry& e) {
    if (e.target.hearing_id != 0 && !IsApproved(e.target.hearing_id)) return false;
    RecordChange(e);
    return true;
}

std::vector<AuditEntry> ReviewStore::ListAudit(int64_t hearing_id, int64_t theme_id) {
    Statement st(m_store.Db(), "SELECT id, target_kind, target_ref, hearing_id, theme_id, what, who, at_ms, before, "
                               "after, reason FROM audit_entry WHERE (?1 = 0 OR hearing_id = ?1) AND (?2 = 0 OR theme_id = ?2) "
                               "ORDER BY id");
    st.Bind(1, hearing_id).Bind(2, theme_id);
    std::vector<AuditEntry> out;
    while (st.Step()) {
        AuditEntry e;
        e.id = st.Int(0);
        e.target = ReadTarget(st, 1);
        e.what = st.Text(5);
        e.who = st.Text(6);
        e.at_ms = st.Int(7);
        e.before = st.Text(8);
        e.after = st.Text(9);
        e.reason = st.Text(10);
        out.push_back(std::move(e));
    }
    return out;
}

// [SECTION] Forum
std::optional<ForumCommentary> ReviewStore::GetCommentary(int64_t theme_id) {
    Statement st(m_store.Db(), "SELECT theme_id, expert_name, expert_function, text, changed_by, changed_at_ms "
                               "FROM forum_commentary WHERE theme_id = ?");
    st.Bind(1, theme_id);
    if (!st.Step()) return std::nullopt;
    return ForumCommentary{st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Int(5)};
}

void ReviewStore::SaveCommentary(const ForumCommentary& c) {
    RequireText(c.expert_name, "expert_name", true);
    RequireText(c.expert_function, "expert_function", true);
    RequireText(c.text, "text", true);
    if (!m_store.GetTheme(c.theme_id))
        throw InputError("review.err_no_theme", "There is no domain with id " + std::to_string(c.theme_id) + ".",
                         {std::to_string(c.theme_id)});
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO forum_commentary(theme_id, expert_name, expert_function, text, changed_by, "
                     "changed_at_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(theme_id) DO UPDATE SET "
                     "expert_name = ?2, expert_function = ?3, text = ?4, changed_by = ?5, changed_at_ms = ?6");
    st.Bind(1, c.theme_id).Bind(2, c.expert_name).Bind(3, c.expert_function).Bind(4, c.text);
    st.Bind(5, c.changed_by).Bind(6, c.changed_at_ms).Exec();
    tx.Commit();
}

int64_t ReviewStore::AddReaction(int64_t theme_id, const std::string& text, const std::string& author, int64_t at_ms) {
    RequireText(text, "text");
    RequireText(author, "author", true);
    if (!m_store.GetTheme(theme_id))
        throw InputError("review.err_no_theme", "There is no domain with id " + std::to_string(theme_id) + ".",
                         {std::to_string(theme_id)});
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO forum_reaction(theme_id, text, author, created_at_ms) VALUES(?, ?, ?, ?)");
    st.Bind(1, theme_id).Bind(2, text).Bind(3, author).Bind(4, at_ms).Exec();
    int64_t id = db.LastInsertId();
    tx.Commit();
    return id;
}

void ReviewStore::DeleteReaction(int64_t id) {
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "DELETE FROM forum_reaction WHERE id = ?");
    st.Bind(1, id).Exec();
    tx.Commit();
}

std::vector<ForumReaction> ReviewStore::ListReactions(int64_t theme_id) {
    Statement st(m_store.Db(), "SELECT id, theme_id, text, author, created_at_ms FROM forum_reaction "
                               "WHERE theme_id = ? ORDER BY created_at_ms, id");
    st.Bind(1, theme_id);
    std::vector<ForumReaction> out;
    while (st.Step()) out.push_back({st.Int(0), st.Int(1), st.Text(2), st.Text(3), st.Int(4)});
    return out;
}

} // namespace hd
