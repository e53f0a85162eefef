package handler

import "github.com/gin-gonic/gin"

type Context struct {
	Resp    interface{}
	RespErr error
	Logger  interface{}
}

func NewContext(c *gin.Context) *Context {
	return &Context{}
}

func JSONResponse(c *gin.Context, ctx *Context) {
	if ctx.RespErr != nil {
		c.AbortWithError(400, ctx.RespErr)
		return
	}
	c.Set("data", ctx.Resp)
}

func Stream(c *gin.Context, produce func(lines chan string), logger interface{}) {}
