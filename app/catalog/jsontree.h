#pragma once

#include "largebuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace fa::json {

// A read-only JSON tree for catalogs. QJsonDocument builds a heap object per
// value and copies every string into UTF-16 before the catalog copies it
// again; on a 30 MB catalog that was half the load time and left ~75 MiB of
// freed, fragmented heap behind. Here the whole tree is one array of small
// nodes pointing into the UTF-8 text, and strings are converted once, when
// the catalog asks for them.

enum class Type : quint8 { Undefined, Null, Bool, Number, String, Array, Object };

class Document;
class Object;
class Array;

class Value
{
public:
    Value() = default;

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isDouble() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    QString toString() const; // empty unless a string
    // The string's UTF-8 bytes inside the document when it has no escapes to
    // decode, else nothing: lets the catalog copy text without converting it.
    std::optional<QByteArrayView> utf8View() const;
    double toDouble() const; // 0 unless a number
    bool toBool() const;     // false unless true
    Object toObject() const; // empty unless an object
    Array toArray() const;   // empty unless an array
    // Whether this is a string equal to the ASCII text, without converting it.
    bool equals(QLatin1StringView text) const;

private:
    friend class Document;
    friend class Object;
    friend class Array;
    Value(const Document *document, quint32 index)
        : m_document(document)
        , m_index(index)
    {}

    const Document *m_document = nullptr;
    quint32 m_index = 0;
};

// What arrays and objects share: their node and the range of nodes inside it.
class Container
{
public:
    qsizetype size() const; // elements, or members
    bool isEmpty() const { return size() == 0; }

protected:
    Container() = default;
    Container(const Document *document, quint32 index)
        : m_document(document)
        , m_index(index)
    {}
    quint32 firstIndex() const { return m_document ? m_index + 1 : 0; }
    quint32 endIndex() const;

    const Document *m_document = nullptr;
    quint32 m_index = 0;
};

// Where an iteration over a container's nodes stands.
class NodeIterator
{
public:
    bool operator!=(const NodeIterator &other) const { return m_index != other.m_index; }

protected:
    NodeIterator(const Document *document, quint32 index)
        : m_document(document)
        , m_index(index)
    {}
    const Document *m_document;
    quint32 m_index;
};

class Array : public Container
{
public:
    class const_iterator : public NodeIterator
    {
    public:
        Value operator*() const { return Value(m_document, m_index); }
        const_iterator &operator++();

    private:
        friend class Array;
        using NodeIterator::NodeIterator;
    };

    Array() = default;
    const_iterator begin() const { return const_iterator(m_document, firstIndex()); }
    const_iterator end() const { return const_iterator(m_document, endIndex()); }

private:
    friend class Value;
    using Container::Container;
};

class Object : public Container
{
public:
    // Stands on the member's name; its value is the node after it.
    class const_iterator : public NodeIterator
    {
    public:
        QString key() const { return name().toString(); }
        Value name() const { return Value(m_document, m_index); }
        Value value() const { return Value(m_document, m_index + 1); }
        const_iterator &operator++();

    private:
        friend class Object;
        using NodeIterator::NodeIterator;
    };

    Object() = default;
    // The member's value, Undefined when there is none; the last one wins when
    // a name repeats, as in QJsonDocument.
    Value value(QLatin1StringView name) const;
    const_iterator begin() const { return const_iterator(m_document, firstIndex()); }
    const_iterator end() const { return const_iterator(m_document, endIndex()); }

private:
    friend class Value;
    using Container::Container;
};

class Document
{
    Q_DECLARE_TR_FUNCTIONS(fa::JsonReader)

public:
    struct Error
    {
        enum class Kind { Syntax, TooDeep, TooLarge };
        Kind kind = Kind::Syntax;
        qsizetype offset = 0; // byte offset in the text
        QString message;
    };

    // Parses RFC 8259 JSON in UTF-8: rejects invalid UTF-8, bad escapes and
    // numbers, trailing commas, text after the value, and nesting deeper than
    // maxDepth arrays and objects. Like QJsonDocument, which read catalogs
    // before, it lets raw control characters in strings and "1." pass, so
    // that no catalog that loaded before is refused now.
    static std::optional<Document> parse(const QByteArray &text, int maxDepth, Error *error);

    // Values point into the document: keep it in place while they are in use.
    Value root() const { return Value(this, 0); }

    struct Node
    {
        Type type = Type::Undefined;
        bool escaped = false; // a string with backslash escapes, decoded on access
        bool truth = false;
        quint32 begin = 0;  // first byte; strings: after the opening quote
        quint32 length = 0; // strings and numbers: bytes; arrays and objects: entries
        quint32 next = 0;   // the node after this value and everything inside it
    };

    // Nodes in one LargeBuffer, grown by doubling: a 30 MB catalog has a
    // million of them, made and dropped in one load.
    class Nodes
    {
    public:
        bool reserve(std::size_t count);
        bool append(const Node &node)
        {
            if (m_count == capacity() && !reserve(m_count * 2 + 64))
                return false;
            data()[m_count++] = node;
            return true;
        }
        std::size_t size() const { return m_count; }
        Node &operator[](std::size_t index) { return data()[index]; }
        const Node *data() const { return reinterpret_cast<const Node *>(m_buffer.data()); }

    private:
        Node *data() { return reinterpret_cast<Node *>(m_buffer.data()); }
        std::size_t capacity() const { return m_buffer.size() / sizeof(Node); }
        LargeBuffer m_buffer;
        std::size_t m_count = 0;
    };

private:
    friend class Value;
    friend class Container;
    friend class Array;
    friend class Object;
    const Node *node(quint32 index) const { return m_nodes.data() + index; }
    QByteArrayView bytes(const Node &node) const
    {
        return QByteArrayView(m_text.constData() + node.begin, node.length);
    }

    QByteArray m_text; // shared with the caller, not copied
    Nodes m_nodes;
};

inline Type Value::type() const
{
    return m_document ? m_document->node(m_index)->type : Type::Undefined;
}

} // namespace fa::json
