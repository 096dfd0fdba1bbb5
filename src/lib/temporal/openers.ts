/**
 * Words a temporal pattern may start at, beside the lexicon's tables (see STARTS in
 * tagger.ts): every word the patterns look for, gathered from their code, and the marks that
 * open an expression ("'90s", "½", "~"). More words than needed cost little; a missing one
 * loses the expressions that start with it, so a new pattern adds its first words here.
 */
export const OPENERS: readonly string[] = `
a about accession according account accounts acknowledged across ad added additional
adverbial advert af after afternoon afterward afterwards again ago agreed ahead aims airs
almost also am americans an anchor anchors and announced apartment appeal apple approx
approximately apr april are around arrives article as aside at atlanta attacks attribute
aug august autumn available ave avenue b barely bc bce be became been before began begin
beginning begins being best between bid bill billion bills binary blank block blvd board
body bonus booster boosters bought boulevard boxing britain british broke bronze brought
bst build built bus bush but by c ca calendar came camp can canceled capital cases caught
cbs cdt ce ceasefire cent centuries century cet chapter check children chose christianity
christmas circa city clock close closed closes coast columbia come comes coming comment
company compared comparison completed concluded conditions consecutive consumers contracts
contrast convene convenes copyright could couldn couldnt count couple court cowboys crete
crisis cross cst ctx culture current currently d daily date dateline dates day daylong
days dct de deadline deal debuts dec decade decades december declared default delayed
delegation den did didn didnt distant dividend dividends do does doesn don dozen dr drew
drive due duration durations during e each earlier early earnings easter economy ed edt
eed effect effective eight eighteen eighteenth eighth eighties eighty election elections
eleven eleventh else emerged empire empty end ended ending ends entire error est et europe
ev eve evening every expect expected expects expire expires express expression expressions
extended fa face faces failed fall falls families family fast feb february fed fell feud
few fifteen fifteenth fifth fifties fifty figures filed filled film final finds finish
first fiscal five fled flew flight flights following food football for force forecast
forecasters forgot forties forty fought found four fourteen fourteenth fourth fri friday
from full future fy gate gather gave generation geneva genre get given gives gmt go goes
going good got government grain greece grew grow guessed h had hadn half halloween halves
hamas happened has have he heads heard held hence her herald high highway him his hit
holders hoped hopes host hostile hosts hour hourly hours hundred i immediate implications
important in income independence independent inferpublished ing initial inside insisted
inspectors instructions intended intends international interstate into invariants is it
its jan january joined judge jul july jun june just kavan keep keeps kept kicks kids
killings kind knew known kyiv labor landed lane last lasted late lately later launch
launches law lawyer leaders league least leave leaves led left length less letter like
likely line list ll ln local long looks loss losses lost low lower m made mail manhunt
many mar march market markets matters may mdt meet meets memorial merger met mi
microsystems mid midday middle midnight might miles millennium million millions min
minister minute minutes mirror mo mod model mon monday monday’s month monthlong monthly
months more morning move mst must n narrative nd near nearly need negotiators net never
new newly news newspaper next ni night nightly nine nineteen nineteenth nineties ninety
ninth no none noon not nothing nov november now nowadays nt null num number numbers oct
october of officials offset old on once one only open opens operate or orangemen other our
over overnight own p paid panel paragraph paribas paris parse past payable pays pdt people
peoples per percent period phones pick pilgrims place plan planned planning plans platform
play plays plaza pm point points police polls possible post postponed preceding premieres
present president previous price prices prime prior prison profit profits projected
proposal proposed pst pt ptxh ptxm ptxs published punct pxce pxd pxm pxq pxw pxwe pxy q
qantas quarter quarterly quarters qx rained rally ran rd reached read reads recent
recently reconvenes record recovery red ref reference regulator relative releases
remaining reopen reopens report reported reports rescuers resolution respond response rest
results resume resumed resumes retailer return returns revelers revenue revenues review
road rome room rose roughly route rule ruling s said sales same sat saturday saw saxes
scheduled schedules school searched second seconds section seed seller send sent sep sept
september served service services set seven seventeen seventeenth seventh seventies
seventy several shall shape she shook short shot shots should show sides sign similar
since site six sixteen sixteenth sixth sixties sixty skies slated slowed so society sold
some son soon sought sp spaced spec speed spent spoke spokesman spread spring square st
standards star start starts startup statements states still stole stood stores storm story
straight street strike strong struck students su suite summer sun sunday sunny suspended
suspicion swore t tagged tags tagtimexes take taken takes talks targets taught technology
telegraph television ten tenth term terminal text th than thanksgiving that the their them
then there thereafter theresa these they third thirteen thirteenth thirties thirtieth
thirty this those thought thousand three threw through throughout thu thunderstorms thur
thurs thursday till time timed timeout times to today todays tokens told tomorrow
tomorrows tonight took totimeml trade train training travel traveling travels tribune trip
troops tue tues tuesday twelfth twelve twenties twentieth twenty twice two type under
understood union unit united units university unresolved unspecified until up upcoming
urged utc vacation valentine valentines valentine’s value values veterans vigil visit
visitors visits voa vote votes voting w war warned warsaw was washington wasn wasnt way we
weak weakened wed wednesday wednesdays week weekend weekends weeklong weekly weeks weigh
went were weren when while whole wi widely will winter with withdrew within woke won word
words worked workers world would wraps writes writing wrote wxx x xx xxx xxxx y year
yearlong years year’s yesterday yet young youth yr yrs z zero
' ’ ‘ \` ½ ¼ ¾ ~ -
`
	.trim()
	.split(/\s+/);
