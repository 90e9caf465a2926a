#pragma once

#include <QtGlobal>

namespace waveshelf::sandbox {

// A tiny deterministic generator, so every run serves the same library.
class SeedRandom final {
public:
    explicit SeedRandom(quint32 seed)
        : m_state(seed)
    {
    }
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    int bounded(int upper) { return static_cast<int>(next() % static_cast<quint32>(upper)); }

private:
    quint32 m_state;
};

}  // namespace waveshelf::sandbox
