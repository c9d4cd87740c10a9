// An LTI 1.3 tool built on ltijs, a library nobody here wrote, that the test platform (TestPlatform.cs) launches:
// what ltijs accepts, and what it sends back through AGS, NRPS and deep linking, checks the platform's messages.
// Settings come from the environment (LtijsPlatformCheckTests sets them); it prints "listening on <url>" when ready.
'use strict'

const lti = require('ltijs').Provider
const Database = require('ltijs-sequelize')

function setting (name) {
  const value = process.env[name]
  if (!value) {
    console.error(`tool.js: the environment variable ${name} is missing`)
    process.exit(2)
  }
  return value
}

const database = new Database(setting('LTIJS_PG_DATABASE'), setting('LTIJS_PG_USER'), process.env.LTIJS_PG_PASSWORD || '', {
  host: setting('LTIJS_PG_HOST'),
  port: Number(setting('LTIJS_PG_PORT')),
  dialect: 'postgres',
  logging: false
})

// devMode stays off: the state and session cookies are required, as in production.
lti.setup(setting('LTIJS_KEY'), { plugin: database }, { appRoute: '/', loginRoute: '/login', keysetRoute: '/keys', cors: false })

// What ltijs validated, in a shape the test reads; then the platform's services, called through ltijs.
lti.onConnect(async (token, req, res) => {
  const context = res.locals.context
  const launch = {
    iss: token.iss,
    user: token.user,
    name: token.userInfo.name,
    clientId: token.clientId,
    deploymentId: token.deploymentId,
    messageType: context.messageType,
    version: context.version,
    roles: context.roles,
    context: context.context,
    resourceLink: context.resource,
    custom: context.custom
  }
  try {
    const lineItem = context.endpoint && context.endpoint.lineitem
    if (lineItem && context.custom && context.custom.score !== undefined) {
      launch.scoreSent = await lti.Grade.submitScore(token, lineItem, {
        scoreGiven: Number(context.custom.score),
        scoreMaximum: Number(context.custom.scoreMaximum || 5),
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
        comment: 'sent by ltijs'
      })
    }
    if (context.namesRoles) {
      const roster = await lti.NamesAndRoles.getMembers(token, { pages: false })
      launch.members = roster.members
    }
  } catch (error) {
    return res.status(502).json({ ...launch, serviceError: error.message, serviceResponse: error.response && error.response.body })
  }
  return res.json(launch)
})

lti.onDeepLinking(async (token, req, res) => {
  const item = {
    type: 'ltiResourceLink',
    title: 'Cumulative sums (ltijs)',
    url: process.env.LTIJS_PUBLIC_URL + '/',
    custom: { exercise: 'cumsum' },
    lineItem: { scoreMaximum: 5, label: 'Cumulative sums', resourceId: 'exercise:cumsum' }
  }
  try {
    return res.send(await lti.DeepLinking.createDeepLinkingForm(token, [item], { message: 'Added by ltijs.' }))
  } catch (error) {
    return res.status(502).json({ serviceError: error.message })
  }
})

async function main () {
  await lti.deploy({ serverless: true, silent: true })
  await lti.registerPlatform({
    url: setting('LTIJS_PLATFORM_ISSUER'),
    name: 'Test platform',
    clientId: setting('LTIJS_CLIENT_ID'),
    authenticationEndpoint: setting('LTIJS_PLATFORM_AUTH'),
    accesstokenEndpoint: setting('LTIJS_PLATFORM_TOKEN'),
    authConfig: { method: 'JWK_SET', key: setting('LTIJS_PLATFORM_JWKS') }
  })
  const server = lti.app.listen(0, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}`
    process.env.LTIJS_PUBLIC_URL = url
    console.log(`listening on ${url}`)
  })
}

main().catch(error => {
  console.error('tool.js failed to start:', error)
  process.exit(1)
})
