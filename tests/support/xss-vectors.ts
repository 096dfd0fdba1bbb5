/**
 * An XSS corpus: OWASP's filter-evasion forms, SVG and MathML, javascript: URLs, attribute and
 * </script> breakouts, template and JSON-serialiser breakouts. Every vector, if it ever ran,
 * calls `__xss(n)` (a suite exposes it and asserts it is never called) or opens a dialog.
 * Single-line, so each can stand in a front-matter value.
 */
const FORMS: ((call: string) => string)[] = [
	(c) => `<script>${c}</script>`,
	(c) => `<ScRiPt >${c}</sCrIpT>`,
	(c) => `<script src="data:text/javascript,${c}"></script>`,
	(c) => `<SCRIPT/XSS SRC="data:,${c}"></SCRIPT>`,
	(c) => `<<SCRIPT>${c};//<</SCRIPT>`,
	(c) => `<img src=x onerror=${c}>`,
	(c) => `<IMG SRC=# onmouseover="${c}">`,
	(c) => `<IMG SRC=JaVaScRiPt:${c}>`,
	(c) => `<IMG """><SCRIPT>${c}</SCRIPT>">`,
	(c) => `<IMG SRC=${[...`javascript:${c}`].map((ch) => `&#${ch.charCodeAt(0)};`).join('')}>`,
	(c) =>
		`<IMG SRC=${[...`javascript:${c}`].map((ch) => `&#x${ch.charCodeAt(0).toString(16)};`).join('')}>`,
	(c) => `<IMG SRC="jav\tascript:${c};">`,
	(c) => `<IMG SRC=" &#14;  javascript:${c};">`,
	(c) => `<img src="x:gif" onerror="window['__x'+'ss'](${c.match(/\d+/)![0]})">`,
	(c) => `<svg onload=${c}>`,
	(c) => `<svg/onload=${c}>`,
	(c) => `<svg><script>${c}</script></svg>`,
	(c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`,
	(c) => `<svg><a xlink:href="javascript:${c}"><text x="20" y="20">x</text></a></svg>`,
	(c) => `<svg><foreignObject><img src=x onerror=${c}></foreignObject></svg>`,
	(c) => `<math><mtext><script>${c}</script></mtext></math>`,
	(c) => `<math href="javascript:${c}">CLICK</math>`,
	(c) => `<math><maction actiontype="statusline" xlink:href="javascript:${c}">x</maction></math>`,
	(c) => `<a href="javascript:${c}">link</a>`,
	(c) => `javascript:${c}`,
	(c) => `JaVaScRiPt:${c}//`,
	(c) => `data:text/html,<script>${c}</script>`,
	(c) => `"><script>${c}</script>`,
	(c) => `'><img src=x onerror=${c}>`,
	(c) => `" onmouseover="${c}" x="`,
	(c) => `' autofocus onfocus='${c}' x='`,
	(c) => `</script><script>${c}</script>`,
	(c) => `</title><script>${c}</script>`,
	(c) => `</textarea><script>${c}</script>`,
	(c) => `</style><script>${c}</script>`,
	(c) => `--></script><script>${c}</script><!--`,
	(c) => `\u2028</script><script>${c}</script>`,
	(c) => `<!--<img src="--><img src=x onerror=${c}//">`,
	(c) => `<noscript><p title="</noscript><img src=x onerror=${c}>">`,
	(c) => `<iframe src="javascript:${c}"></iframe>`,
	(c) => `<iframe srcdoc="<script>parent.${c}</script>"></iframe>`,
	(c) => `<body onload=${c}>`,
	(c) => `<details open ontoggle=${c}>`,
	(c) => `<input autofocus onfocus=${c}>`,
	(c) => `<select autofocus onfocus=${c}></select>`,
	(c) => `<textarea autofocus onfocus=${c}></textarea>`,
	(c) => `<video><source onerror=${c}></video>`,
	(c) => `<audio src=x onerror=${c}>`,
	(c) => `<marquee onstart=${c}>`,
	(c) => `<object data="javascript:${c}"></object>`,
	(c) => `<embed src="javascript:${c}">`,
	(c) => `<form><button formaction=javascript:${c}>x</button></form>`,
	(c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`,
	(c) => `<base href="javascript:${c}//">`,
	(c) => `<div style="background:url(javascript:${c})">`,
	(c) => `<style>@import 'javascript:${c}';</style>`,
	(c) => `<link rel=stylesheet href="javascript:${c}">`,
	(c) => `<table background="javascript:${c}">`,
	(c) => `<template><img src=x onerror=${c}></template>`,
	(c) => `{{constructor.constructor('${c}')()}}`,
	(c) => `\${${c}}`,
	(c) => `{@html '<img src=x onerror=${c}>'}`,
	(c) => `\\u003cimg src=x onerror=${c}\\u003e`,
	(c) => `%3Cscript%3E${c}%3C%2Fscript%3E`,
	(c) => `&lt;script&gt;${c}&lt;/script&gt;`,
	(c) => `<scr<script>ipt>${c}</scr</script>ipt>`,
	(c) => `<img src=x:alert(alt) onerror=eval(src) alt=0>${c}`,
	(c) => `<x onclick=${c}>click</x>`,
	(c) => `<a href="&#1;javascript:${c}">x</a>`,
	(c) => `<a href="  javascript:${c}">x</a>`
];

const DIALOGS = [
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(document.domain)>`,
	`<svg onload=confirm(1)>`,
	`<iframe src="javascript:prompt(1)"></iframe>`,
	`javascript:alert(1)`
];

/** Each form with its own number, then the same forms again in upper case, then dialogs. */
export function xssVectors(): string[] {
	const numbered = FORMS.map((form, i) => form(`__xss(${i})`));
	const shouted = FORMS.map((form, i) =>
		form(`__xss(${FORMS.length + i})`).replace(
			/<(\w+)/g,
			(_, tag: string) => `<${tag.toUpperCase()}`
		)
	);
	return [...numbered, ...shouted, ...DIALOGS];
}
