// Migration 6 belongs to the live feature. Placeholder until that feature lands.
#include "core/migrations.h"

namespace hd {
void AppendLiveMigrations(std::vector<Migration>&) {}
} // namespace hd
