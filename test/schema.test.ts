/**
 * schema.json and src/types.ts describe the same Article: same objects, same
 * property names, same nullability, same descriptions. A typed sample makes
 * `tsc` fail when a field is added to or removed from the types; the AST test
 * below makes `vitest` fail when the schema is not updated with them.
 */
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import type { Article } from '../src/types.js'
import { articleSchema, assertValidArticle, schemaErrors } from './helpers/validate.js'

/** A schema node, loosely typed for walking. */
type Node = Record<string, unknown>

/** Every field of every type filled (no `null`), so each nested object is present. */
const sample: Required<Article> = {
  title: '两会热词',
  published: { iso: '2024-10-31T16:09:00+08:00', text: '2024-10-31 16:09' },
  url: 'https://example.cn/a/1.html',
  source: '新华社',
  summary: '摘要。',
  lead: ['导语。'],
  sections: [{ marker: '热词1', index: 1, keyword: '高质量发展', paragraphs: ['正文。'] }],
  quotes: [
    {
      kind: 'direct',
      text: '要坚持高质量发展。',
      speaker: { name: '李斌', roles: [{ text: '区政协委员', organization: '区政协', title: '委员' }] },
      section: '高质量发展'
    }
  ],
  footerLinks: [{ text: '联系我们', href: 'https://example.cn/contact' }]
}

/**
 * Follow a `$ref` and take the non-null branch of a nullable `anyOf`.
 *
 * @param node Schema node.
 * @returns The object/array node it stands for.
 */
function resolve(node: Node): Node {
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/$defs/', '')
    return resolve((articleSchema.$defs as Record<string, Node>)[name]!)
  }
  if (Array.isArray(node.anyOf)) return resolve((node.anyOf as Node[]).find((branch) => branch.type !== 'null')!)
  return node
}

/**
 * Walk the sample and the schema side by side and collect every object's
 * property names on both sides.
 *
 * @param value Sample value.
 * @param node Schema node.
 * @param path Where we are.
 * @param out Collected pairs.
 */
function collectKeys(value: unknown, node: Node, path: string, out: Array<{ path: string; sample: string[]; schema: string[] }>): void {
  const schemaNode = resolve(node)
  if (Array.isArray(value)) {
    collectKeys(value[0], schemaNode.items as Node, `${path}[]`, out)
  } else if (value !== null && typeof value === 'object') {
    const properties = schemaNode.properties as Record<string, Node>
    out.push({ path, sample: Object.keys(value).sort(), schema: Object.keys(properties).sort() })
    for (const [key, child] of Object.entries(value)) {
      if (properties[key]) collectKeys(child, properties[key]!, `${path}.${key}`, out)
    }
  }
}

/** What src/types.ts declares about one member. */
interface Member {
  name: string
  optional: boolean
  nullable: boolean
  description: string
}

/**
 * Read the interfaces and string-literal unions of src/types.ts with the
 * TypeScript parser.
 *
 * @returns Declarations by name.
 */
function readTypes(): Map<string, { description: string; members: Member[]; literals: string[] }> {
  const file = ts.createSourceFile('types.ts', readFileSync(new URL('../src/types.ts', import.meta.url), 'utf8'), ts.ScriptTarget.Latest, true)
  const jsdoc = (node: ts.Node): string =>
    ts
      .getJSDocCommentsAndTags(node)
      .filter(ts.isJSDoc)
      .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
  const types = new Map<string, { description: string; members: Member[]; literals: string[] }>()
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const members = statement.members.filter(ts.isPropertySignature).map((member) => ({
        name: member.name.getText(file),
        optional: member.questionToken !== undefined,
        nullable: member.type !== undefined && ts.isUnionTypeNode(member.type) && member.type.types.some((type) => type.getText(file) === 'null'),
        description: jsdoc(member)
      }))
      types.set(statement.name.text, { description: jsdoc(statement), members, literals: [] })
    } else if (ts.isTypeAliasDeclaration(statement) && ts.isUnionTypeNode(statement.type)) {
      const literals = statement.type.types.map((type) => type.getText(file).replace(/^'|'$/g, ''))
      types.set(statement.name.text, { description: jsdoc(statement), members: [], literals })
    }
  }
  return types
}

/**
 * The schema node of a declared type (`Article` is the root).
 *
 * @param name Type name.
 * @returns Schema node or `undefined`.
 */
function schemaOf(name: string): Node | undefined {
  return name === 'Article' ? articleSchema : (articleSchema.$defs as Record<string, Node>)[name]
}

/**
 * Whether a property schema admits `null`.
 *
 * @param node Property schema.
 * @returns Whether it does.
 */
function allowsNull(node: Node): boolean {
  if (Array.isArray(node.type)) return node.type.includes('null')
  if (Array.isArray(node.anyOf)) return (node.anyOf as Node[]).some((branch) => branch.type === 'null')
  return node.type === 'null'
}

describe('schema.json', () => {
  const types = readTypes()
  const output = [...types.keys()].filter((name) => name !== 'ParseOptions')

  it('is a draft 2020-12 schema that accepts the fully populated sample', () => {
    expect(articleSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schemaErrors(sample)).toEqual([])
  })

  it('has the same property names as the typed sample, object by object', () => {
    const pairs: Array<{ path: string; sample: string[]; schema: string[] }> = []
    collectKeys(sample, articleSchema, 'Article', pairs)
    expect(pairs.map((pair) => pair.path)).toEqual([
      'Article',
      'Article.published',
      'Article.sections[]',
      'Article.quotes[]',
      'Article.quotes[].speaker',
      'Article.quotes[].speaker.roles[]',
      'Article.footerLinks[]'
    ])
    for (const pair of pairs) expect(pair.schema, pair.path).toEqual(pair.sample)
  })

  it('declares one schema object per exported type, with nothing extra', () => {
    const defs = Object.keys(articleSchema.$defs as Node).sort()
    expect(defs).toEqual(output.filter((name) => name !== 'Article').sort())
  })

  it.each(output)('%s: same members, all required, no extra properties, same nullability and JSDoc', (name) => {
    const declared = types.get(name)!
    const node = schemaOf(name)!
    expect(node.description).toBe(declared.description)
    if (declared.literals.length > 0) {
      expect(node.enum).toEqual(declared.literals)
      return
    }
    const properties = node.properties as Record<string, Node>
    expect(Object.keys(properties)).toEqual(declared.members.map((member) => member.name))
    expect(node.required).toEqual(declared.members.filter((member) => !member.optional).map((member) => member.name))
    expect(node.additionalProperties).toBe(false)
    for (const member of declared.members) {
      expect(properties[member.name]!.description, `${name}.${member.name}`).toBe(member.description)
      expect(allowsNull(properties[member.name]!), `${name}.${member.name} nullable`).toBe(member.nullable)
    }
  })

  it('rejects what the types forbid', () => {
    const bad: Array<[string, unknown]> = [
      ['missing field', { ...sample, quotes: undefined }],
      ['extra field', { ...sample, extra: 1 }],
      ['javascript: footer link', { ...sample, footerLinks: [{ text: 'x', href: 'javascript:alert(1)' }] }],
      ['relative footer link', { ...sample, footerLinks: [{ text: 'x', href: '/about' }] }],
      ['unknown quote kind', { ...sample, quotes: [{ ...sample.quotes[0], kind: 'hearsay' }] }],
      ['fractional section index', { ...sample, sections: [{ ...sample.sections[0], index: 1.5 }] }],
      ['negative section index', { ...sample, sections: [{ ...sample.sections[0], index: -1 }] }],
      ['free-form iso date', { ...sample, published: { iso: '31/10/2024', text: '31/10/2024' } }],
      ['null paragraph', { ...sample, lead: [null] }]
    ]
    for (const [label, value] of bad) expect(schemaErrors(value), label).not.toEqual([])
  })

  it('accepts what parseArticle returns for an empty page and a small article', () => {
    assertValidArticle(parseArticle(''))
    const page = `<html><head><title>测试标题_新闻网</title></head><body><div class="content">
      <h1>测试标题</h1><p>这是导语，内容很长，足够成为一段正文。</p>
      <p><strong>热词1 高质量发展</strong></p><p>李斌表示，要坚持高质量发展，推动经济稳步增长。</p></div>
      <div class="footer"><a href="/about">关于我们</a><a href="javascript:void(0)">无效</a> 版权所有</div></body></html>`
    const article = parseArticle(page, { url: 'https://example.cn/news/1.html' })
    assertValidArticle(article)
    expect(article.footerLinks).toEqual([{ text: '关于我们', href: 'https://example.cn/about' }])
  })
})
