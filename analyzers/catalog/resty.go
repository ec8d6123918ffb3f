package catalog

// github.com/go-resty/resty/v2: a request's body, form data and headers
// are transmitted; query and path parameters and the URL go into the URL
// (PHI1004). As for net/http, the sink is where the data enters the
// request, not the call that sends it.

const (
	restyReq    = "(*github.com/go-resty/resty/v2.Request)."
	restyClient = "(*github.com/go-resty/resty/v2.Client)."
)

var restyMethods = []string{"Get", "Head", "Post", "Put", "Delete", "Options", "Patch"}

var restyTable = register(Table{
	Package: "github.com/go-resty/resty/v2", Name: "resty", Cases: "restyleaks",
	Sinks: concat(
		sinksOf(each(restyReq, "SetBody"), Transmit, At(1), JSON),
		sinksOf(each(restyReq, "SetFormData", "SetFormDataFromValues", "SetMultipartFormData", "SetHeaders", "SetHeaderMultiValues",
			"SetAuthToken", "SetCookie", "SetCookies"), Transmit, At(1), Raw),
		sinksOf(each(restyReq, "SetHeader", "SetHeaderVerbatim", "SetBasicAuth", "SetDigestAuth", "SetMultipartField", "SetMultipartFields",
			"SetFileReader"), Transmit, From(1), Raw),
		// A client's defaults go into every request it makes.
		sinksOf(each(restyClient, "SetFormData", "SetHeaders", "SetAuthToken", "SetCookie", "SetCookies"), Transmit, At(1), Raw),
		sinksOf(each(restyClient, "SetHeader", "SetHeaderVerbatim", "SetBasicAuth", "SetDigestAuth"), Transmit, From(1), Raw),
	),
	URLs: concat(
		urlsOf(each(restyReq, restyMethods...), 1),
		urlsOf(each(restyReq, "SetQueryParams", "SetQueryParamsFromValues", "SetQueryString", "SetPathParams", "SetRawPathParams"), 1),
		urlsOf(each(restyReq, "SetQueryParam", "SetPathParam", "SetRawPathParam"), 2),
		urlsOf(each(restyClient, "SetBaseURL", "SetHostURL", "SetQueryParams", "SetPathParams", "SetRawPathParams"), 1),
		urlsOf(each(restyClient, "SetQueryParam", "SetPathParam", "SetRawPathParam"), 2),
		[]URL{{restyReq + "Execute", 2}},
	),
	Propagators: concat(
		// Query and path parameters stay with the request, and a failed
		// call's error quotes the URL they are part of.
		propagate(each(restyReq, "SetQueryParam", "SetQueryParams", "SetQueryParamsFromValues", "SetQueryString",
			"SetPathParam", "SetPathParams", "SetRawPathParam", "SetRawPathParams"), From(1), Receiver, Raw),
		[]Propagator{
			{Func: restyReq + "Get", From: All(), Into: Results, OnlyError: true},
			{Func: restyReq + "Head", From: All(), Into: Results, OnlyError: true},
			{Func: restyReq + "Post", From: All(), Into: Results, OnlyError: true},
			{Func: restyReq + "Put", From: All(), Into: Results, OnlyError: true},
			{Func: restyReq + "Delete", From: All(), Into: Results, OnlyError: true},
			{Func: restyReq + "Options", From: All(), Into: Results, OnlyError: true},
			{Func: restyReq + "Patch", From: All(), Into: Results, OnlyError: true},
			{Func: restyReq + "Execute", From: All(), Into: Results, OnlyError: true},
		},
	),
	// Every setter of a request returns it, so that what a chain set
	// before one (query parameters the call's error will quote) is still
	// found after it.
	Wrappers: returnsReceiver(restyReq, []string{"SetBody", "SetHeader", "SetHeaders", "SetHeaderMultiValues", "SetHeaderVerbatim",
		"SetQueryParam", "SetQueryParams", "SetQueryParamsFromValues", "SetQueryString", "SetUnescapeQueryParams",
		"SetPathParam", "SetPathParams", "SetRawPathParam", "SetRawPathParams",
		"SetFormData", "SetFormDataFromValues", "SetMultipartFormData", "SetMultipartField", "SetMultipartFields", "SetMultipartBoundary",
		"SetFile", "SetFiles", "SetFileReader", "SetContentLength", "SetAuthToken", "SetAuthScheme", "SetBasicAuth", "SetDigestAuth",
		"SetCookie", "SetCookies", "SetContext", "SetResult", "SetError", "SetOutput", "SetDoNotParseResponse", "SetResponseBodyLimit",
		"ExpectContentType", "ForceContentType", "SetJSONEscapeHTML"}),
})
