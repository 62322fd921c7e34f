/// The formula language of `templates/`: `{key}` column references, numbers, `+ - * /`,
/// parentheses and `LAST(a, b, ...)` (the last non-empty operand, for percentage and "nilai akhir"
/// indicators whose realisation is the latest value, not a sum). It is evaluated in Swift by
/// `Rules` and translated to an Excel formula by `Render`, from the same tree, so cached values and
/// live formulas cannot drift apart.
public indirect enum Formula: Sendable, Equatable {
    case column(String)
    case constant(String)
    case add(Formula, Formula)
    case subtract(Formula, Formula)
    case multiply(Formula, Formula)
    case divide(Formula, Formula)
    case last([Formula])

    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Column keys referred to, in order of appearance.
    public var references: [String] {
        switch self {
        case .column(let k): [k]
        case .constant: []
        case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
            a.references + b.references
        case .last(let xs): xs.flatMap(\.references)
        }
    }

    public static func parse(_ text: String) throws -> Formula {
        var p = Parser(chars: Array(text))
        let e = try p.expression()
        p.skipSpaces()
        guard p.i == p.chars.count else { throw ParseError(description: "unexpected '\(p.chars[p.i])' at \(p.i + 1)") }
        return e
    }

    private struct Parser {
        let chars: [Character]
        var i = 0

        mutating func skipSpaces() { while i < chars.count, chars[i] == " " { i += 1 } }

        mutating func expression() throws -> Formula {
            var left = try term()
            while true {
                skipSpaces()
                guard i < chars.count, chars[i] == "+" || chars[i] == "-" else { return left }
                let op = chars[i]; i += 1
                let right = try term()
                left = op == "+" ? .add(left, right) : .subtract(left, right)
            }
        }

        mutating func term() throws -> Formula {
            var left = try factor()
            while true {
                skipSpaces()
                guard i < chars.count, chars[i] == "*" || chars[i] == "/" else { return left }
                let op = chars[i]; i += 1
                let right = try factor()
                left = op == "*" ? .multiply(left, right) : .divide(left, right)
            }
        }

        mutating func factor() throws -> Formula {
            skipSpaces()
            guard i < chars.count else { throw ParseError(description: "unexpected end of formula") }
            let c = chars[i]
            if c == "(" {
                i += 1
                let e = try expression()
                skipSpaces()
                guard i < chars.count, chars[i] == ")" else { throw ParseError(description: "missing ')'") }
                i += 1
                return e
            }
            if c == "{" {
                var key = ""
                i += 1
                while i < chars.count, chars[i] != "}" { key.append(chars[i]); i += 1 }
                guard i < chars.count, !key.isEmpty else { throw ParseError(description: "unclosed column reference") }
                i += 1
                return .column(key)
            }
            if c.isNumber {
                var n = ""
                while i < chars.count, chars[i].isNumber || chars[i] == "." { n.append(chars[i]); i += 1 }
                return .constant(n)
            }
            if chars[i...].starts(with: Array("LAST(")) {
                i += 5
                var args: [Formula] = []
                while true {
                    args.append(try expression())
                    skipSpaces()
                    guard i < chars.count else { throw ParseError(description: "missing ')' after LAST") }
                    if chars[i] == "," { i += 1; continue }
                    if chars[i] == ")" { i += 1; break }
                    throw ParseError(description: "unexpected '\(chars[i])' in LAST")
                }
                return .last(args)
            }
            throw ParseError(description: "unexpected '\(c)' at \(i + 1)")
        }
    }
}
