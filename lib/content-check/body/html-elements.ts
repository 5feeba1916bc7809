/**
 * Lowercase tags MDX passes to the page as they are: the elements of the HTML standard, and the
 * SVG elements an inline drawing uses. Any other lowercase tag (<callout>, <note>) becomes an
 * element browsers do not know, so its text shows with no box, style or behaviour, and the
 * content check reports it. Obsolete elements (<center>, <font>) are left out on purpose; <object>
 * and <embed> are here so that the check refuses them for what they do (element-rules.ts).
 */
const HTML = `a abbr address area article aside audio b bdi bdo blockquote br button caption cite code
col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hgroup hr i iframe img input ins kbd label legend li main
map mark menu meter nav noscript object ol optgroup option output p picture pre progress q rp rt
ruby s samp search section select small source span strong sub summary sup table tbody td
template textarea tfoot th thead time tr track u ul var video wbr`;

const SVG = `svg g path circle ellipse line polyline polygon rect text tspan defs use symbol title
desc clipPath mask pattern linearGradient radialGradient stop image foreignObject marker`;

export const HTML_ELEMENTS: ReadonlySet<string> = new Set(`${HTML} ${SVG}`.split(/\s+/));
