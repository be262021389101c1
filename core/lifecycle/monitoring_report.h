// The progress report of one year (issue 13, item 6): how many objectives and actions are planned,
// running, done or dropped; per domain the indicator trends and, per strategic and tactical objective
// and each of its actions, the status, note and figure recorded for the year. As Markdown, HTML or
// DOCX (the export writers of core/export, trend charts included) or as an Excel workbook
// (libxlsxwriter: the follow-up and the indicators per year on two sheets).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/base/i18n.h"

namespace hd {
class PlanStore;

enum class ProgressFormat { Markdown, Html, Docx, Xlsx };
std::optional<ProgressFormat> ProgressFormatFromKey(std::string_view key); // md, html, docx, xlsx

struct ProgressRequest {
    int year = 0;
    ProgressFormat format = ProgressFormat::Markdown;
    std::string date; // yyyy-mm-dd printed as generation date; empty = today (UTC)
    Language language = Language::Dutch;
    const Translator* translator = nullptr; // null: GlobalTranslator()
};

// The report's bytes. Throws InputError for a year outside 1900..2200 or a malformed date, and
// UserError when the workbook cannot be written.
std::string ExportProgress(PlanStore& store, const ProgressRequest& request);

} // namespace hd
