package handler

import "github.com/gin-gonic/gin"

type Context struct {
	Resp         interface{}
	RespErr      error
	UnAuthorized bool
}

func NewContext(c *gin.Context) *Context {
	return &Context{}
}

func JSONResponse(c *gin.Context, ctx *Context) {}
