// Exports of the plan cycle: the official (adopted) version of the plan, or a revision with the
// differences from the adopted version, as Markdown, HTML or DOCX (the export writers of core/export).
#pragma once
#include <cstdint>
#include <string>

#include "core/base/i18n.h"
#include "core/export/export.h"

namespace hd {
class PlanStore;

struct VersionExportRequest {
    int64_t version_id = 0; // 0: the latest adopted version
    ExportFormat format = ExportFormat::Markdown; // md, html or docx (csv is refused)
    std::string date;       // yyyy-mm-dd printed as generation date; empty = today (UTC)
    Language language = Language::Dutch;
    const Translator* translator = nullptr; // null: GlobalTranslator()
};

// The exported bytes. Throws InputError when there is no such version, nothing is adopted, the
// version fails its checksum (tampered), or the format is CSV.
std::string ExportPlanVersion(PlanStore& store, const VersionExportRequest& request);

} // namespace hd
