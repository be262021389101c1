// Decisions and the adopted version (issue 13, item 5). The college, the council committee and the
// council decide on the plan; an approving decision can adopt it. Adopting freezes the plan as a
// read-only, checksummed snapshot inside the plan file (plan_version): the official version. Later
// changes are recorded as a revision whose differences from the adopted version are listed.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lifecycle/plan_snapshot.h"

namespace hd {
class PlanStore;

// [SECTION] Decisions
enum class DecisionBody { College, CouncilCommittee, Council };
enum class DecisionOutcome { Approved, Amended, Postponed, Rejected, Noted };
inline constexpr DecisionBody kAllDecisionBodies[] = {DecisionBody::College, DecisionBody::CouncilCommittee,
                                                      DecisionBody::Council};
inline constexpr DecisionOutcome kAllDecisionOutcomes[] = {DecisionOutcome::Approved, DecisionOutcome::Amended,
                                                           DecisionOutcome::Postponed, DecisionOutcome::Rejected,
                                                           DecisionOutcome::Noted};
std::string_view ToKey(DecisionBody b);       // college, council_committee, council
std::string_view ToKey(DecisionOutcome o);    // approved, amended, postponed, rejected, noted
std::optional<DecisionBody> DecisionBodyFromKey(std::string_view key);
std::optional<DecisionOutcome> DecisionOutcomeFromKey(std::string_view key);
// Only an approval (as proposed or amended) can adopt the plan.
inline bool CanAdopt(DecisionOutcome o) { return o == DecisionOutcome::Approved || o == DecisionOutcome::Amended; }

struct Decision {
    int64_t id = 0;
    std::string date; // yyyy-mm-dd
    DecisionBody body = DecisionBody::College;
    DecisionOutcome outcome = DecisionOutcome::Approved;
    std::string reference; // e.g. the college's decision number
    std::string note;
    std::string recorded_by;
    int64_t recorded_at_ms = 0;
};

// [SECTION] Frozen versions
enum class VersionKind { Adopted, Revision };

struct PlanVersion {
    int64_t id = 0;
    VersionKind kind = VersionKind::Adopted;
    int number = 0;           // adopted: 1, 2, ...; revision: 1, 2, ... of the adopted version it revises
    int64_t decision_id = 0;  // adopted: the decision that adopted it
    int64_t based_on = 0;     // revision: the adopted version
    std::string reason;       // revision: why the plan was changed
    std::string created_by;
    int64_t created_at_ms = 0;
    std::string content;      // canonical JSON of the plan (PlanSnapshot)
    std::string changes;      // revision: JSON list of PlanChange
    std::string sha256;       // hex, over every field above (VersionChecksum)
    bool verified = false;    // the checksum matched when read
};

// The checksum a version must carry: SHA-256 (libsodium) over every stored field, length-prefixed so
// no two different versions hash the same text.
std::string VersionChecksum(const PlanVersion& v);

class DecisionStore {
public:
    explicit DecisionStore(PlanStore& store);

    std::vector<Decision> ListDecisions(); // by date, then as recorded
    std::optional<Decision> GetDecision(int64_t id);
    // Checks the date (yyyy-mm-dd or empty) and a reference of reasonable length; throws InputError.
    int64_t AddDecision(Decision d, const std::string& by);
    void UpdateDecision(const Decision& d);
    // Refused (InputError) when the decision adopted a version: that record is part of the official version.
    void DeleteDecision(int64_t id);

    // Freezes the plan as it is now as the next adopted version, by decision `decision_id` (which must
    // approve). Refused when that decision already adopted a version. Returns the version's id.
    int64_t Adopt(int64_t decision_id, const std::string& by);
    // Records the plan as it is now as a revision of the latest adopted version, with the differences.
    // Refused when nothing is adopted, nothing changed, or `reason` is empty.
    int64_t RecordRevision(const std::string& reason, const std::string& by);

    // Every version, oldest first, each verified against its checksum.
    std::vector<PlanVersion> ListVersions();
    std::optional<PlanVersion> GetVersion(int64_t id); // verified
    std::optional<PlanVersion> LatestAdopted();        // verified; may be unverified (tampered)
    // The plan now against the latest adopted version: what changed, and who and when when the
    // audit trail knows. Empty when nothing is adopted.
    std::vector<PlanChange> ChangesSinceAdoption();

private:
    PlanStore& m_store;
};

} // namespace hd
