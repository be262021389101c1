// Numbered schema migrations. Each runs in one transaction together with its user_version bump.
// Numbers are reserved per feature so parallel work never collides:
//   1 foundation, 2 hearing clock + drafts, 3 merge, 4 clustering/objectives, 5 review/forum/audit,
//   6 live link. Gaps are allowed: a migration runs when its number is above the file's version.
#pragma once
#include <functional>
#include <vector>

namespace hd {
class Database;

struct Migration {
    int version;
    const char* name;
    std::function<void(Database&)> apply; // runs inside the migration's transaction
};

// All migrations, ascending.
const std::vector<Migration>& AllMigrations();
int LatestSchemaVersion();

// Each feature appends its migrations in its own schema_*.cpp file; migrations.cpp calls these.
// (An explicit list, not static registrars: a static library would drop unreferenced objects.)
void AppendFoundationMigrations(std::vector<Migration>& out); // 1, 2   schema_foundation.cpp
void AppendMergeMigrations(std::vector<Migration>& out);      // 3      schema_merge.cpp
void AppendClusterMigrations(std::vector<Migration>& out);    // 4      schema_cluster.cpp
void AppendReviewMigrations(std::vector<Migration>& out);     // 5      schema_review.cpp
void AppendLiveMigrations(std::vector<Migration>& out);       // 6      schema_live.cpp
void AppendObjectiveAuthorMigrations(std::vector<Migration>& out); // 7 schema_objective_author.cpp
void AppendApprovalMigrations(std::vector<Migration>& out);   // 8      schema_approval.cpp
inline constexpr int kLifecycleMigration = 9;
void AppendLifecycleMigrations(std::vector<Migration>& out);       // kLifecycleMigration schema_lifecycle.cpp
void AppendPlanStructureMigrations(std::vector<Migration>& out);    // 10 schema_plan_structure.cpp
void AppendSafetyChainMigrations(std::vector<Migration>& out);      // 11 schema_safety_chain.cpp
void AppendAlsoNotedMigrations(std::vector<Migration>& out);        // 12 schema_also_noted.cpp
void AppendWallMigrations(std::vector<Migration>& out);             // 13 schema_wall.cpp
void AppendActionMigrations(std::vector<Migration>& out);           // 14 schema_actions.cpp
void AppendReviewHistoryMigrations(std::vector<Migration>& out);    // 15 schema_review_history.cpp
void AppendSwotPriorityMigrations(std::vector<Migration>& out);     // 16 schema_swot_priorities.cpp

// Applies every migration with version in (current, target]; target 0 means latest.
// Returns the number applied.
int Migrate(Database& db, int target = 0);

} // namespace hd
