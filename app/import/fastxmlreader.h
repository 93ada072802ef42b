#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <QXmlStreamReader>

namespace fa {

// The attributes of a start element, as FastXmlReader::attributes() gives them.
class FastXmlAttributes
{
public:
    // Empty when there is no such attribute, as QXmlStreamAttributes::value.
    QStringView value(QLatin1StringView name) const;

private:
    friend class FastXmlReader;
    struct Attribute
    {
        QLatin1StringView name;
        QString value;
    };
    QVarLengthArray<Attribute, 4> m_list;
};

// A pull reader for the plain UTF-8 XML that schedules are written in, with the
// part of QXmlStreamReader's interface that the frab importer uses, token for
// token and line for line alike. QXmlStreamReader builds its text one character
// at a time and took most of an import's time.
//
// It declines rather than guesses: anything it does not handle exactly as
// QXmlStreamReader does (another encoding, a DOCTYPE, namespaces, a carriage
// return, an entity other than the five predefined ones) ends reading with
// hasError(), as does every well-formedness error. The caller then reads the
// document again with QXmlStreamReader, which accepts it or says precisely what
// is wrong with it.
class FastXmlReader
{
public:
    explicit FastXmlReader(const QByteArray &data);

    QXmlStreamReader::TokenType readNext();
    bool readNextStartElement();
    void skipCurrentElement();
    // As QXmlStreamReader::readElementText(IncludeChildElements) only.
    QString readElementText(QXmlStreamReader::ReadElementTextBehaviour behaviour);

    QXmlStreamReader::TokenType tokenType() const { return m_token; }
    bool atEnd() const { return m_token == QXmlStreamReader::EndDocument || hasError(); }
    bool hasError() const { return m_declined != nullptr; }
    // Why it declined (for debugging; never shown: QXmlStreamReader reports instead).
    QString errorString() const { return QString::fromLatin1(m_declined ? m_declined : ""); }
    QStringView name() const { return m_name; }
    QStringView text() const { return m_text; }
    const FastXmlAttributes &attributes() const { return m_attributes; }
    // The line the reader is on after the current token, counted from 1.
    qint64 lineNumber() const { return m_line; }
    qint64 columnNumber() const { return 0; }

private:
    QXmlStreamReader::TokenType decline(const char *why);
    bool checkDocument();
    bool readDeclaration();
    void moveTo(const char *at);
    const char *readName(const char *at, QLatin1StringView &name);
    QXmlStreamReader::TokenType readStartTag();
    QXmlStreamReader::TokenType readEndTag();
    QXmlStreamReader::TokenType readText();
    bool skipMarkup(); // comments and processing instructions; false when declined
    void setName(QLatin1StringView name);

    QByteArray m_data; // shared, not copied: the views below point into it
    const char *m_at = nullptr;
    const char *m_end = nullptr;
    qint64 m_line = 1;
    const char *m_declined = nullptr;
    QXmlStreamReader::TokenType m_token = QXmlStreamReader::NoToken;
    bool m_emptyElementEnd = false; // <a/> gives a start, then this end
    bool m_rootDone = false;
    QVarLengthArray<QLatin1StringView, 16> m_open; // open elements, outermost first
    QString m_name;
    QString m_text;
    FastXmlAttributes m_attributes;
};

} // namespace fa
