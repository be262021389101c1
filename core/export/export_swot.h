// The SWOT of a domain in an export (issue 13, point 3): one heading, then per quadrant that has items
// a sub-heading and the items, each with its source ("Indicator: Woninginbraken per 1 000 woningen
// (3.1, 2025)") in the item's mark. Shared by the plan draft (export_layout.cpp) and the adopted
// version (core/lifecycle/lifecycle_export.cpp), so both say it the same way.
#pragma once
#include <string>
#include <vector>

#include "core/export/export_blocks.h"

namespace hd {
class ExportLabels;

struct SwotLine {
    std::string quadrant;  // strength, weakness, opportunity, threat
    std::string text;
    std::string cite_kind; // "", contribution, indicator, priority, document
    std::string cite;      // readable label of the source
};

// Nothing when `lines` is empty. `heading` is the level of the SWOT title; quadrants go one level below.
void AddSwotBlocks(RichDocument& rich, const ExportLabels& L, const std::vector<SwotLine>& lines, BlockKind heading);
// "Indicator: label" in the export's language; empty without a citation.
std::string SwotReference(const ExportLabels& L, const std::string& cite_kind, const std::string& cite);

} // namespace hd
