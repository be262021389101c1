// Migration 3 belongs to the merge feature. Placeholder until that feature lands.
#include "core/migrations.h"

namespace hd {
void AppendMergeMigrations(std::vector<Migration>&) {}
} // namespace hd
