/**
 * Footer links: every link of the page footer in page order, absolute, only
 * http(s)/mailto; not header nav, breadcrumbs, sidebars, share or prev/next.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import type { FooterLink, ParseOptions } from '../src/index.js'

const prose = [
  '1月5日—7日，东湖区召开两会，代表委员围绕发展大计建言献策，会场内外气氛热烈。',
  '今年，全区将新建智能工厂十家，推动规上企业数字化改造全覆盖，产业升级步伐不断加快。'
]

/**
 * Parse a page with chrome around an article and the given footer HTML.
 *
 * @param footer HTML after the article.
 * @param head Extra `<head>` HTML.
 * @param options Parse options.
 * @returns The footer links.
 */
function footerLinks(footer: string, head = '', options?: ParseOptions): FooterLink[] {
  return parseArticle(
    `<html><head>${head}</head><body>` +
      '<div class="header"><a href="/">首页</a><a href="/news/">新闻</a></div>' +
      '<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news/">新闻</a></div>' +
      `<div class="main"><h1>东湖区两会观察</h1><div class="content">${prose.map((text) => `<p>${text}</p>`).join('')}</div>` +
      '<div class="share"><a href="https://share.example/weibo">微博</a></div>' +
      '<div class="prev-next"><a href="/news/1.html">上一篇：东湖区政协开幕</a></div></div>' +
      '<div class="sidebar"><a href="/hot/1.html">热点新闻</a></div>' +
      `${footer}</body></html>`,
    options
  ).footerLinks
}

const canonical = '<link rel="canonical" href="https://dh.example/news/2024/0108/1.html">'

describe('footerLinks', () => {
  it('reads the links of a <footer> element, resolved against the canonical URL', () => {
    const links = footerLinks('<footer><a href="/about/">关于我们</a> | <a href="../contact.html">联系我们</a><p><a href="https://beian.miit.gov.cn/">示ICP备00000000号-1</a></p></footer>', canonical)
    expect(links).toEqual([
      { text: '关于我们', href: 'https://dh.example/about/' },
      { text: '联系我们', href: 'https://dh.example/news/2024/contact.html' },
      { text: '示ICP备00000000号-1', href: 'https://beian.miit.gov.cn/' }
    ])
  })

  it('keeps an absolute origin as printed, without the root path a resolver adds (https://beian.miit.gov.cn)', () => {
    const links = footerLinks('<footer><a href="https://beian.miit.gov.cn">示ICP备00000000号-1</a> <a href="http://club.example.com#f=endnav">手机论坛</a> <a href="HTTP://WWW.Example.com">大写</a></footer>', canonical)
    expect(links).toEqual([
      { text: '示ICP备00000000号-1', href: 'https://beian.miit.gov.cn' },
      { text: '手机论坛', href: 'http://club.example.com#f=endnav' },
      // One a resolver rewrites otherwise is reported resolved.
      { text: '大写', href: 'http://www.example.com/' }
    ])
  })

  it('reads a footer marked by class or id, and several footer blocks in page order', () => {
    const links = footerLinks(
      '<div class="foot-nav"><a href="/sitemap.html">网站地图</a></div><div id="copyright"><p>版权所有 东湖新闻网</p><a href="mailto:news@dh.example">联系邮箱</a></div>',
      canonical
    )
    expect(links).toEqual([
      { text: '网站地图', href: 'https://dh.example/sitemap.html' },
      { text: '联系邮箱', href: 'mailto:news@dh.example' }
    ])
  })

  it('drops javascript: links and links without text, collapses whitespace in the text', () => {
    const links = footerLinks(
      '<div class="footer"><a href="javascript:void(0)">收藏本站</a><a href="/rss/"><img src="rss.png"></a><a href="/about/">\n 关于\u3000我们 </a></div>',
      canonical
    )
    expect(links).toEqual([{ text: '关于 我们', href: 'https://dh.example/about/' }])
  })

  it('drops links that point at the page itself (返回顶部 with #, #top or an empty href)', () => {
    const links = footerLinks('<div class="footer"><a href="#">返回顶部</a><a href="#top">顶部</a><a href="">刷新</a><a href="/about/">关于我们</a></div>', canonical)
    expect(links).toEqual([{ text: '关于我们', href: 'https://dh.example/about/' }])
  })

  it('resolves against <base href>, else the url option', () => {
    const footer = '<div class="footer"><a href="about/">关于我们</a></div>'
    expect(footerLinks(footer, `${canonical}<base href="https://static.dh.example/site/">`)).toEqual([{ text: '关于我们', href: 'https://static.dh.example/site/about/' }])
    expect(footerLinks(footer, '', { url: 'https://mirror.example/a/b.html' })).toEqual([{ text: '关于我们', href: 'https://mirror.example/a/about/' }])
  })

  it('keeps absolute links but drops relative ones when there is no base at all', () => {
    expect(footerLinks('<div class="footer"><a href="/about/">关于我们</a><a href="https://beian.miit.gov.cn/">示ICP备00000000号</a></div>')).toEqual([
      { text: '示ICP备00000000号', href: 'https://beian.miit.gov.cn/' }
    ])
  })

  it('falls back to the branch holding the last copyright / ICP line when nothing is marked as footer', () => {
    const links = footerLinks(
      '<div class="wrap-end"><div><a href="/about/">关于我们</a> <a href="/map/">网站地图</a></div><div>Copyright © 2024 东湖新闻网 <a href="https://beian.miit.gov.cn/">示ICP备00000000号</a></div></div>',
      canonical
    )
    expect(links.map((link) => link.text)).toEqual(['关于我们', '网站地图', '示ICP备00000000号'])
  })

  it('finds that branch by a copyright line printed in traditional characters (版權所有)', () => {
    const links = footerLinks('<table><tr><td><a href="/privacy.asp">隱私權保護政策</a> | <a href="/sitemap.asp">網站導覽</a></td></tr><tr><td>嵐山縣政府 版權所有　地址：府前路1號</td></tr></table>', canonical)
    expect(links.map((link) => link.text)).toEqual(['隱私權保護政策', '網站導覽'])
  })

  it('takes the copyright branch over a comment box with a footer class (<div class="main-foot" id="comments">)', () => {
    const comments = '<div class="main-foot" id="comments"><div>网友评论</div><dl><dt>网友甲 2024-05-21 08:14</dt><dd>希望社区也来帮我们开个楼道议事会，大家坐下来把事情谈开。</dd></dl><a href="/comment/more">更多评论</a></div>'
    const links = footerLinks(`${comments}<div class="b1"><p><a href="/about/">报社简介</a> | <a href="/contact/">联系我们</a></p><p>版权所有 © 东湖晚报网</p></div>`, canonical)
    expect(links.map((link) => link.text)).toEqual(['报社简介', '联系我们'])
  })

  it('leaves out a hidden link (<span hidden><a>旧版入口</a></span>, style="display:none")', () => {
    const links = footerLinks('<footer><a href="/about/">关于我们</a><span hidden> | <a href="/old/">旧版入口</a></span><a href="/x/" style="display: none">隐藏</a><a href="/map/">网站地图</a></footer>', canonical)
    expect(links.map((link) => link.text)).toEqual(['关于我们', '网站地图'])
  })

  it('does not take the footer bar of an item in a list of related articles', () => {
    const feed = '<div class="detail-feed"><ul><li><a href="/a/2.html">另一篇报道</a><div class="footer-bar"><a href="/a/2.html#comment">55评论</a></div></li></ul></div>'
    expect(footerLinks(feed, canonical)).toEqual([])
    expect(footerLinks(`${feed}<div class="footer"><a href="/about/">关于我们</a></div>`, canonical)).toEqual([{ text: '关于我们', href: 'https://dh.example/about/' }])
  })

  it('prefers a real footer, or the branch of the copyright line, to the bottom of the article (article-bottom: tags, comments)', () => {
    const bottom = '<div class="article-bottom"><a href="/feedback.html">我要反馈</a><div class="comment"><a href="/u/1">网友甲</a></div></div>'
    expect(footerLinks(`${bottom}<div class="footer"><a href="/about/">关于我们</a></div>`, canonical)).toEqual([{ text: '关于我们', href: 'https://dh.example/about/' }])
    const column = '<div class="column"><div class="ad"><p>' + '广告文字'.repeat(300) + '</p></div><div class="links"><a href="/about/">公司简介</a></div><div class="copy"><a href="/c.html">版权所有</a> Copyright © 2024</div></div>'
    expect(footerLinks(`${bottom}${column}`, canonical)).toEqual([{ text: '版权所有', href: 'https://dh.example/c.html' }])
    // Alone, the bottom of the article is the footer.
    expect(footerLinks(bottom, canonical).map((link) => link.text)).toEqual(['我要反馈', '网友甲'])
  })

  it('keeps a bottom nav beside the copyright block', () => {
    const links = footerLinks('<div class="bottom-nav"><a href="/about/">关于我们</a> <a href="/contact/">联系我们</a></div><div class="copyright">版权所有 江城网 <a href="https://beian.miit.gov.cn/">苏ICP备1号</a></div>', canonical)
    expect(links.map((link) => link.text)).toEqual(['关于我们', '联系我们', '苏ICP备1号'])
  })

  it('keeps a row of short links printed right before the footer block (<div class="links"> then <div id="footer">), not a list of headlines', () => {
    const footer = '<div id="footer">版权所有 江城网 <a href="https://beian.miit.gov.cn/">苏ICP备1号</a></div>'
    const nav = '<div class="links"><a href="/about/">报社简介</a> | <a href="/ad/">广告刊例</a> | <a href="/contact/">联系我们</a></div>'
    expect(footerLinks(nav + footer, canonical).map((link) => link.text)).toEqual(['报社简介', '广告刊例', '联系我们', '苏ICP备1号'])
    const headlines = '<div class="list"><a href="/n/1.html">东湖区新建智能工厂十家全面投产</a><a href="/n/2.html">东湖区两会闭幕代表委员履职尽责</a></div>'
    expect(footerLinks(headlines + footer, canonical).map((link) => link.text)).toEqual(['苏ICP备1号'])
  })

  it('finds the footer of a page whose article lines stand right in <body>', () => {
    const html = '<html><body><div class="nav"><a href="/">首页</a></div><h1>东湖区两会观察</h1><div class="content">' + prose.join(' ') + '</div>' +
      '<div class="ad"><a href="https://ad.example/1">点击领取红包</a></div><div class="foot"><a href="/about/">关于我们</a> <a href="https://beian.miit.gov.cn/">苏ICP备1号</a></div></body></html>'
    expect(parseArticle(html, { url: 'https://dh.example/a/1.html' }).footerLinks.map((link) => link.text)).toEqual(['关于我们', '苏ICP备1号'])
  })

  it('does not take the article’s own credit box (post-copyright) for the page footer', () => {
    const credit = '<div class="post-copyright"><p>来源：东湖日报</p><p>原文链接：<a href="https://dh.example/news/1.html">https://dh.example/news/1.html</a></p></div>'
    const html = '<html><body><div class="main"><h1>东湖区两会观察</h1><div class="post-content">' + prose.map((text) => `<p>${text}</p>`).join('') + `</div>${credit}</div>` +
      '<footer><a href="/about/">关于我们</a></footer></body></html>'
    expect(parseArticle(html, { url: 'https://dh.example/a/1.html' }).footerLinks.map((link) => link.text)).toEqual(['关于我们'])
    // Nor a travel note's foot with its tags (`note-foot`).
    const noteFoot = '<div class="note-foot"><p>版权声明：本文为用户原创。</p><div class="note-tags">标签：<a href="/tag/1/">泼水节</a><a href="/tag/2/">民宿</a></div></div>'
    const note = '<html><body><div class="main"><h1>东湖区两会观察</h1><div class="note-body">' + prose.map((text) => `<p>${text}</p>`).join('') + `</div>${noteFoot}</div>` +
      '<footer class="site-foot"><a href="/about/">关于我们</a></footer></body></html>'
    expect(parseArticle(note, { url: 'https://dh.example/a/1.html' }).footerLinks.map((link) => link.text)).toEqual(['关于我们'])
  })

  it('does not take a bottom box of earlier posts (往期推荐) for the page footer when the page has none', () => {
    const bottom = '<div class="area_bottom_container"><h3>往期推荐</h3><ul>' +
      '<li><a href="https://mp.example/s/1">我区启动“夏季送清凉”活动</a><span>2024-07-05</span></li>' +
      '<li><a href="https://mp.example/s/2">助餐点选址，听听居民怎么说</a><span>2024-06-28</span></li></ul></div>'
    expect(footerLinks(bottom, canonical)).toEqual([])
    // A bottom block of site links is still the footer.
    expect(footerLinks('<div class="area_bottom_container"><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a></div>', canonical).map((link) => link.text)).toEqual(['关于我们', '网站地图'])
  })

  it('is empty when the page has no footer', () => {
    expect(footerLinks('', canonical)).toEqual([])
  })

  it('never takes header, breadcrumb, share, prev/next or sidebar links', () => {
    const links = footerLinks('<footer><a href="/about/">关于我们</a></footer>', canonical)
    const texts = links.map((link) => link.text)
    for (const chrome of ['首页', '新闻', '微博', '上一篇：东湖区政协开幕', '热点新闻']) expect(texts).not.toContain(chrome)
  })
})
