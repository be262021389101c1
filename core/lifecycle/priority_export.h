// The priorities as a report (issue 13, point 4): every round (or one) with its result and spread as
// a table and a bar chart, and the forum's audience reactions counted per domain; Markdown, HTML or
// DOCX through the export writers of core/export.
#pragma once
#include <cstdint>
#include <string>

#include "core/base/i18n.h"
#include "core/export/export.h"
#include "core/lifecycle/priorities.h"

namespace hd {
class PlanStore;

struct PriorityExportRequest {
    int64_t round_id = 0; // 0: every round
    ExportFormat format = ExportFormat::Markdown; // md, html or docx (csv is refused)
    std::string date;       // yyyy-mm-dd printed as generation date; empty = today (UTC)
    Language language = Language::Dutch;
    const Translator* translator = nullptr; // null: GlobalTranslator()
};

// Throws InputError for an unknown round, a bad date or CSV.
std::string ExportPriorities(PlanStore& store, const PriorityExportRequest& request);

// "12.5" with one decimal at most, for means and standard deviations.
std::string OneDecimal(double v);
// The spread of a result row as shown: "0–3" (dots per member) or "1–4" (ranks); "–" without votes.
std::string SpreadText(const PriorityResultRow& row);

} // namespace hd
