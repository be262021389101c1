// Migration 5 belongs to the review feature. Placeholder until that feature lands.
#include "core/migrations.h"

namespace hd {
void AppendReviewMigrations(std::vector<Migration>&) {}
} // namespace hd
