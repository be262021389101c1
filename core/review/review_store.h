// ReviewStore: the core group's side of a plan (migration 5). Core-group members, the review state
// of each hearing's minutes, comments on entries and objectives, the audit trail of changes made
// after approval, and the forum's expert commentary and audience reactions per domain (theme).
// Every write is one transaction, like PlanStore.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hd {
class PlanStore;

// [SECTION] Types
struct CoreMember {
    int64_t id = 0;
    std::string name;
    std::string organisation;
    std::string role; // key (mayor, alderman, police_chief, prevention_officer, coordinator, ...) or free text
    int position = 0;
};

enum class ReviewState { Draft, UnderReview, Approved };
std::string_view ToKey(ReviewState s); // draft, under_review, approved
std::optional<ReviewState> ReviewStateFromKey(std::string_view key);

struct MinutesReview {
    int64_t hearing_id = 0;
    ReviewState state = ReviewState::Draft;
    std::string approved_by; // set while approved
    int64_t approved_at_ms = 0;
    std::string changed_by;  // who set the current state
    int64_t changed_at_ms = 0;
    // Approved anyway: why, and how many entries were unresolved then (0 and "" for a clean approval).
    std::string approve_reason;
    int64_t unresolved_at_approval = 0;
};

// What stands between a hearing's minutes and a clean approval.
struct ApprovalCheck {
    size_t entries = 0;    // merged entries
    size_t unresolved = 0; // of those, still waiting for a reviewer's decision
    bool unmerged = false; // both reporters took notes but the transcripts were never merged
    bool Clean() const { return unresolved == 0 && !unmerged; }
};

// What a comment or an audit entry is about. `ref` is the entry's or objective's own id as text
// (a note uuid, a merged entry id, an objective id); `hearing_id`/`theme_id` say where it belongs.
struct ReviewTarget {
    std::string kind; // "entry", "note", "objective", "domain", "minutes"
    std::string ref;
    int64_t hearing_id = 0;
    int64_t theme_id = 0;
};

struct ReviewComment {
    int64_t id = 0;
    ReviewTarget target;
    std::string author;
    std::string text;
    int64_t created_at_ms = 0;
    bool resolved = false;
    std::string resolved_by;
    int64_t resolved_at_ms = 0;
};

struct AuditEntry {
    int64_t id = 0;
    ReviewTarget target;
    std::string what; // note_added, note_edited, note_deleted, state_changed, objective_edited, ...
    std::string who;
    int64_t at_ms = 0;
    std::string before;
    std::string after;
    std::string reason; // approving anyway or reopening: why (typed by the core group)
};

struct ForumCommentary {
    int64_t theme_id = 0;
    std::string expert_name;
    std::string expert_function;
    std::string text;
    std::string changed_by;
    int64_t changed_at_ms = 0;
};

struct ForumReaction {
    int64_t id = 0;
    int64_t theme_id = 0;
    std::string text;
    std::string author; // optional: who in the audience (often empty)
    int64_t created_at_ms = 0;
};

// The roles the app knows by key (free text is allowed too).
inline constexpr std::string_view kKnownCoreRoles[] = {"mayor", "alderman", "police_chief", "prevention_officer",
                                                       "coordinator", "prosecutor", "welfare_director", "other"};

// [SECTION] ReviewStore
class ReviewStore {
public:
    explicit ReviewStore(PlanStore& store) : m_store(store) {}

    // Core-group members, in position order.
    std::vector<CoreMember> ListMembers();
    int64_t AddMember(const CoreMember& m); // appended at the end
    void UpdateMember(const CoreMember& m);
    void DeleteMember(int64_t id);

    // Review state of a hearing's minutes (Draft when never set). Every change of state is recorded
    // in the audit trail with who, when and (approving anyway, reopening) why.
    MinutesReview GetReview(int64_t hearing_id);
    std::vector<MinutesReview> ListReviews();
    // Draft <-> under review only: approving and reopening go through Approve and Reopen.
    void SetReviewState(int64_t hearing_id, ReviewState state, const std::string& by, int64_t at_ms);
    bool IsApproved(int64_t hearing_id) { return GetReview(hearing_id).state == ReviewState::Approved; }
    ApprovalCheck CheckApproval(int64_t hearing_id);
    // Approves the minutes, which closes the hearing for notes. With entries unresolved (or the
    // transcripts unmerged) a reason is required ("approve anyway"); without one InputError
    // "review.err_unresolved" and nothing changes. `by` may not be empty.
    void Approve(int64_t hearing_id, const std::string& by, int64_t at_ms, const std::string& reason = {});
    // Reopens approved minutes: back to draft, the hearing takes notes again. A reason is required.
    void Reopen(int64_t hearing_id, const std::string& by, int64_t at_ms, const std::string& reason);

    // Comments. `hearing_id`/`theme_id` 0 = any.
    int64_t AddComment(const ReviewTarget& target, const std::string& author, const std::string& text, int64_t at_ms);
    void ResolveComment(int64_t id, bool resolved, const std::string& by, int64_t at_ms);
    std::vector<ReviewComment> ListComments(int64_t hearing_id = 0, int64_t theme_id = 0, bool include_resolved = true);
    std::vector<ReviewComment> CommentsOn(const std::string& kind, const std::string& ref);

    // Audit trail. Note changes of approved minutes are recorded by a trigger; other features
    // (merged entries, objectives) call RecordChange when they change something approved.
    void RecordChange(const AuditEntry& entry);
    // Records only when the hearing's minutes are approved (hearing 0: always). Returns true when recorded.
    bool RecordChangeIfApproved(const AuditEntry& entry);
    std::vector<AuditEntry> ListAudit(int64_t hearing_id = 0, int64_t theme_id = 0);

    // Forum per domain.
    std::optional<ForumCommentary> GetCommentary(int64_t theme_id);
    void SaveCommentary(const ForumCommentary& c); // insert or replace
    int64_t AddReaction(int64_t theme_id, const std::string& text, const std::string& author, int64_t at_ms);
    void DeleteReaction(int64_t id);
    std::vector<ForumReaction> ListReactions(int64_t theme_id);

private:
    void WriteState(int64_t hearing_id, ReviewState state, const std::string& by, int64_t at_ms,
                    const std::string& reason, int64_t unresolved);
    PlanStore& m_store;
};

} // namespace hd
