// Package web stands for a web framework's response helpers.
package web

type Context struct{}

func (c *Context) JSON(status int, v any) error { return nil }
