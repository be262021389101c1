#include "app/cli/cli_stdout.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "core/base/error_detail.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"

namespace hd::cli {

StdoutBuffer::StdoutBuffer() : m_buffer(64 * 1024) {
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    m_previous = std::cout.rdbuf(this);
}

StdoutBuffer::~StdoutBuffer() {
    sync();
    std::cout.rdbuf(m_previous);
}

bool StdoutBuffer::WriteAll(const char* data, size_t size) {
    while (size > 0) {
        ssize_t n = ::write(STDOUT_FILENO, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (!m_error) m_error = n < 0 ? errno : EIO;
            return false;
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

StdoutBuffer::int_type StdoutBuffer::overflow(int_type c) {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int StdoutBuffer::sync() {
    size_t pending = static_cast<size_t>(pptr() - pbase());
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    if (m_error) return -1; // output is broken already; never write past a gap
    return pending == 0 || WriteAll(m_buffer.data(), pending) ? 0 : -1;
}

std::string FinishStdout(const StdoutBuffer& buffer) {
    std::cout.flush();
    int err = buffer.FirstError();
    if (!err && !std::cout.fail()) return {};
    Translator& tr = GlobalTranslator();
    if (err == ENOSPC || err == EFBIG || err == EDQUOT) return tr.Tr("cli.stdout_disk_full");
    return tr.Format("cli.stdout_failed", {err ? OsErrorArg(err) : TrArg("os.err.write")});
}

} // namespace hd::cli
