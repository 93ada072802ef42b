#pragma once

#include <QCoreApplication>
#include <QString>

namespace fa {

// The one place that names languages. Everywhere a language is shown to the
// user it is named in the interface language ("anglais" in French), except
// where a person looks for their own language among others (the Language
// menu), which names each in itself ("Español").
class LanguageNames
{
    Q_DECLARE_TR_FUNCTIONS(fa::LanguageNames)

public:
    // In the interface language: "English", "French", "Swiss German".
    static QString name(const QString &code);
    // In itself: "English", "Français", "Español".
    static QString endonym(const QString &code);
};

} // namespace fa
