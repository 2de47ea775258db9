/** Sentences that lean on the one before ("它", "这", "因此", "This", "Therefore"…). */
export const ANAPHOR_ZH =
	/^(?:它|其|这|那|此|该|上述|上面|下面|如上|如下|以上|以下|因此|所以|于是|然而|但|而|并且|同时|此外|另外|那么|也就是说|换句话说|换言之|即|例如|比如|首先|其次|然后|接着|接下来|最后|总之|总的来说|综上|可见|显然|当然|具体|简单来说|不过|相反|对此|为此|由此|对于这|同样|类似|注意|在这|在本|在上|如图|本文|本节|本章|本例)/u;
export const ANAPHOR_EN =
	/^(?:This|These|That|Those|It|Its|They|Their|Them|He|She|Such|Here|There|Therefore|Thus|Hence|However|Moreover|Furthermore|Also|So|Then|Now|Next|Finally|Similarly|Likewise|Instead|Otherwise|Consequently|Accordingly|Again|Above|Below|Besides|Specifically|Conversely|Recall|Note|In (?:this|that|other words|addition|particular|contrast|practice|the (?:above|following|former|latter|same))|As (?:a result|such|shown|mentioned|discussed|before|above|we)|For (?:example|instance|this)|On the other hand|Of course|To (?:this end|do so|see this))\b/;

/** The text starts by pointing back at what came before, so it cannot stand alone. */
export const leansOnContext = (text: string, zh: boolean) =>
	(zh ? ANAPHOR_ZH : ANAPHOR_EN).test(text.trim());
