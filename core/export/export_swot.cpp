#include "core/export/export_swot.h"

#include "core/export/export.h"
#include "core/store/swot_store.h"

namespace hd {

std::string SwotReference(const ExportLabels& L, const std::string& cite_kind, const std::string& cite) {
    if (cite_kind.empty()) return {};
    return L("swot.cite." + cite_kind) + ": " + cite;
}

void AddSwotBlocks(RichDocument& rich, const ExportLabels& L, const std::vector<SwotLine>& lines, BlockKind heading) {
    if (lines.empty()) return;
    Block title;
    title.kind = heading;
    title.text = L("swot.export_title");
    rich.blocks.push_back(std::move(title));
    BlockKind sub = heading == BlockKind::Heading1 ? BlockKind::Heading2 : BlockKind::Heading3;
    for (SwotQuadrant q : kAllSwotQuadrants) {
        std::string key(ToKey(q));
        bool any = false;
        for (const SwotLine& line : lines) {
            if (line.quadrant != key) continue;
            if (!any) {
                Block h;
                h.kind = sub;
                h.text = L("swot.quadrants." + key);
                rich.blocks.push_back(std::move(h));
                any = true;
            }
            Block item;
            item.kind = BlockKind::Item;
            item.text = line.text;
            item.mark = SwotReference(L, line.cite_kind, line.cite);
            rich.blocks.push_back(std::move(item));
        }
    }
}

} // namespace hd
