package catalog

// github.com/gin-gonic/gin: responses written through *gin.Context.

const ginCtx = "(*github.com/gin-gonic/gin.Context)."

var ginTable = register(Table{
	Package: "github.com/gin-gonic/gin", Name: "gin", Cases: "ginleaks",
	// Binding decodes the request being served into the argument.
	RequestReads: concat(
		readsInto(each(ginCtx, "Bind", "BindJSON", "BindXML", "BindQuery", "BindYAML", "BindTOML", "BindHeader", "BindUri",
			"MustBindWith", "ShouldBind", "ShouldBindJSON", "ShouldBindXML", "ShouldBindQuery", "ShouldBindYAML",
			"ShouldBindTOML", "ShouldBindHeader", "ShouldBindUri", "ShouldBindWith", "ShouldBindBodyWith",
			"ShouldBindBodyWithJSON", "ShouldBindBodyWithXML", "ShouldBindBodyWithYAML", "ShouldBindBodyWithTOML"), 1),
		[]RequestRead{{Func: ginCtx + "GetRawData", Into: Results, Of: At()}},
		// The URL's path and query, and the form: what the caller sent,
		// as net/http's are. Not the header, which a gateway may set.
		readsResults(each(ginCtx, "Param", "Query", "DefaultQuery", "GetQuery", "QueryArray", "GetQueryArray",
			"QueryMap", "GetQueryMap", "PostForm", "DefaultPostForm", "GetPostForm", "PostFormArray",
			"GetPostFormArray", "PostFormMap", "GetPostFormMap")),
		[]RequestRead{
			{Func: "(github.com/gin-gonic/gin.Params).ByName", Into: Results, Of: At(0)},
			{Func: "(github.com/gin-gonic/gin.Params).Get", Into: Results, Of: At(0)},
		},
	),
	RequestFields: []string{"github.com/gin-gonic/gin.Context.Params"},
	Sinks: concat(
		sinksOf(each(ginCtx, "JSON", "IndentedJSON", "SecureJSON", "JSONP", "AsciiJSON", "PureJSON", "AbortWithStatusJSON",
			"XML", "YAML", "TOML", "ProtoBuf", "Render", "Negotiate"), Respond, At(2), JSON),
		sinksAt(Respond, JSON, call{ginCtx + "SSEvent", At(1, 2)}),
		sinksAt(Respond, Fmt, call{ginCtx + "String", From(2)}, call{ginCtx + "HTML", At(3)}),
		sinksAt(Respond, Raw,
			call{ginCtx + "Data", At(3)}, call{ginCtx + "DataFromReader", At(4, 5)}, call{ginCtx + "Header", At(2)},
			call{ginCtx + "SetCookie", At(1, 2)}, call{ginCtx + "FileAttachment", At(2)}),
	),
	URLs: []URL{{ginCtx + "Redirect", 2}},
	Writers: []Writer{
		{Func: "(github.com/gin-gonic/gin.ResponseWriter).WriteString", Dest: 0, Data: At(1)},
	},
	DestinationTypes: []DestinationType{{"github.com/gin-gonic/gin.ResponseWriter", Respond}},
	// Set stores the value in the context's map for later handlers; it
	// writes nothing into it.
	Keeps: []Keep{{Func: ginCtx + "Set", Args: At(2)}},
	// A Context holds what handlers keep in it by key (see ContextTypes).
	ContextTypes: []string{"github.com/gin-gonic/gin.Context"},
	// The context's keys hold each value apart: a getter gives what was
	// set under the key it names.
	Propagators: concat(
		[]Propagator{{Func: ginCtx + "Set", From: At(2), Into: Receiver, Slot: ginKey}},
		[]Propagator{{Func: ginCtx + "Get", From: At(0), Into: Results, OnlyResults: []int{0}, Slot: ginKey}},
		slotReads(each(ginCtx, "MustGet", "GetString", "GetInt", "GetInt64", "GetUint", "GetUint64",
			"GetFloat64", "GetTime", "GetDuration", "GetStringSlice", "GetStringMap", "GetStringMapString",
			"GetStringMapStringSlice"), ginKey),
	),
})

// ginKey is the key a Context's Set and getters name. The slots are the
// Context's own, not its Keys field's: a slot is one part of a path, so
// what a helper reads from a value kept in the context (a converter's
// runtime's global) stays apart below it (see maxPathParts).
var ginKey = &Slot{Arg: 1}
