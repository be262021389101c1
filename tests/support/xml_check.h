// A small XML well-formedness checker for tests (DOCX parts): balanced and properly nested tags,
// quoted attributes, known or numeric entities, one root element. Returns "" when well-formed,
// else what is wrong and where.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace hd::test {

inline bool XmlNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '_' ||
           c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

inline std::string CheckEntity(std::string_view xml, size_t& i) {
    size_t semi = xml.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) return "bad entity at " + std::to_string(i);
    std::string_view e = xml.substr(i + 1, semi - i - 1);
    if (e != "amp" && e != "lt" && e != "gt" && e != "quot" && e != "apos" && (e.empty() || e[0] != '#'))
        return "unknown entity &" + std::string(e) + "; at " + std::to_string(i);
    i = semi + 1;
    return {};
}

inline std::string CheckXmlWellFormed(std::string_view xml) {
    std::vector<std::string> stack;
    int roots = 0;
    size_t i = 0;
    while (i < xml.size()) {
        char c = xml[i];
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return "control character at " + std::to_string(i);
        if (c == '&') {
            if (auto err = CheckEntity(xml, i); !err.empty()) return err;
            continue;
        }
        if (c == '>') return "stray '>' at " + std::to_string(i);
        if (c != '<') {
            if (stack.empty() && c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return "text outside the root at " + std::to_string(i);
            ++i;
            continue;
        }
        if (xml.compare(i, 2, "<?") == 0) {
            size_t end = xml.find("?>", i);
            if (end == std::string_view::npos) return "unclosed <? at " + std::to_string(i);
            i = end + 2;
            continue;
        }
        if (xml.compare(i, 4, "<!--") == 0) {
            size_t end = xml.find("-->", i);
            if (end == std::string_view::npos) return "unclosed comment at " + std::to_string(i);
            i = end + 3;
            continue;
        }
        bool closing = i + 1 < xml.size() && xml[i + 1] == '/';
        size_t j = i + (closing ? 2 : 1);
        size_t name_start = j;
        while (j < xml.size() && XmlNameChar(xml[j])) ++j;
        std::string name(xml.substr(name_start, j - name_start));
        if (name.empty()) return "tag without a name at " + std::to_string(i);
        if (closing) {
            while (j < xml.size() && xml[j] == ' ') ++j;
            if (j >= xml.size() || xml[j] != '>') return "bad closing tag at " + std::to_string(i);
            if (stack.empty() || stack.back() != name) return "mismatched </" + name + "> at " + std::to_string(i);
            stack.pop_back();
            i = j + 1;
            continue;
        }
        // Attributes: name="value" or name='value'.
        bool self_closing = false;
        while (true) {
            while (j < xml.size() && (xml[j] == ' ' || xml[j] == '\n' || xml[j] == '\t' || xml[j] == '\r')) ++j;
            if (j >= xml.size()) return "unclosed tag <" + name;
            if (xml[j] == '>') break;
            if (xml.compare(j, 2, "/>") == 0) {
                self_closing = true;
                ++j;
                break;
            }
            size_t a = j;
            while (j < xml.size() && XmlNameChar(xml[j])) ++j;
            if (a == j || j >= xml.size() || xml[j] != '=') return "bad attribute in <" + name + "> at " + std::to_string(j);
            ++j;
            if (j >= xml.size() || (xml[j] != '"' && xml[j] != '\'')) return "unquoted attribute in <" + name + ">";
            char q = xml[j++];
            while (j < xml.size() && xml[j] != q) {
                if (xml[j] == '<') return "'<' in attribute of <" + name + ">";
                if (xml[j] == '&') {
                    if (auto err = CheckEntity(xml, j); !err.empty()) return err;
                    continue;
                }
                ++j;
            }
            if (j >= xml.size()) return "unclosed attribute in <" + name + ">";
            ++j;
        }
        if (stack.empty()) ++roots;
        if (roots > 1) return "more than one root element";
        if (!self_closing) stack.push_back(name);
        i = j + 1;
    }
    if (!stack.empty()) return "unclosed <" + stack.back() + ">";
    if (roots != 1) return "no root element";
    return {};
}

} // namespace hd::test
