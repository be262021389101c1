// Reads every entry of a zip held in memory (a DOCX) with libzip: name -> content. An archive that
// libzip cannot open, or an entry it cannot read in full, gives an empty map, so tests and fuzz
// targets can assert on it.
#pragma once
#include <zip.h>

#include <map>
#include <string>

namespace hd::test {

inline std::map<std::string, std::string> Unzip(const std::string& bytes) {
    std::map<std::string, std::string> parts;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!src) return {};
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!za) {
        zip_source_free(src);
        return {};
    }
    zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_file_t* f = nullptr;
        if (zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st) != 0 ||
            !(f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0))) {
            parts.clear();
            break;
        }
        std::string data(st.size, '\0');
        bool whole = zip_fread(f, data.data(), st.size) == static_cast<zip_int64_t>(st.size);
        zip_fclose(f);
        if (!whole) {
            parts.clear();
            break;
        }
        parts[st.name] = data;
    }
    zip_close(za);
    return parts;
}

} // namespace hd::test
