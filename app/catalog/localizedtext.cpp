#include "localizedtext.h"

namespace fa {

void LocalizedText::set(const QString &language, const QString &text)
{
    if (text.isEmpty())
        m_values.remove(language);
    else
        m_values.insert(language, text);
}

LocalizedText::Resolved LocalizedText::resolve(const QString &language,
                                               const QString &originalLanguage) const
{
    for (const QString &candidate : {language, originalLanguage, QStringLiteral("en")}) {
        const auto it = m_values.constFind(candidate);
        if (it != m_values.cend())
            return {it.value(), it.key()};
    }
    if (m_values.isEmpty())
        return {};
    return {m_values.cbegin().value(), m_values.cbegin().key()};
}

} // namespace fa
