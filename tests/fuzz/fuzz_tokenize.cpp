// Fuzzes the tokenizer and text analyzer (core/text_analysis.h) shared by merge and clustering:
// any bytes (invalid UTF-8, control characters, odd scripts) give tokens that index the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/text_analysis.h"
#include "core/base/utf8.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const hd::TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    std::string_view text(reinterpret_cast<const char*>(data), size);

    std::vector<hd::Token> tokens = hd::Tokenize(text);
    size_t last_end = 0;
    for (const hd::Token& t : tokens) {
        HD_FUZZ_CHECK(t.begin < t.end && t.end <= size);
        HD_FUZZ_CHECK(t.begin >= last_end);
        HD_FUZZ_CHECK(t.surface == text.substr(t.begin, t.end - t.begin));
        last_end = t.end;
        std::vector<uint64_t> hashes;
        hd::CharNgramHashes(t.folded, 3, 5, hashes);
        if (hd::IsValidUtf8(t.folded)) HD_FUZZ_CHECK(hashes.size() == hd::CharNgrams(t.folded, 3, 5).size());
    }
    for (hd::TextLanguage lang : {hd::TextLanguage::Unknown, hd::TextLanguage::Dutch, hd::TextLanguage::English}) {
        std::vector<hd::Token> analysed = analyzer.Analyze(text, lang);
        HD_FUZZ_CHECK(analysed.size() == tokens.size());
        for (size_t i = 0; i < analysed.size(); ++i) HD_FUZZ_CHECK(analysed[i].surface == tokens[i].surface);
        HD_FUZZ_CHECK(analyzer.ContentStems(text, lang).size() <= tokens.size());
    }
    analyzer.GuessLanguage(text);
    return 0;
}
