import type { ComponentProps } from 'react'

/** The attribute of a link that the app's click handler (app/in-app-links.ts) follows without reloading. */
export const IN_APP_LINK = 'data-in-app'

type PlainLinkProps = Omit<ComponentProps<'a'>, 'href'> & { to: string }

/**
 * A link to a page of the app, as a bare <a>: for links repeated by the dozen (a card's headline and chips, a
 * chart's bars). React Router's Link costs three effects and a dozen hooks each, and every one renders again on
 * every navigation (it reads the location): 120 of them in a page of results. Here one click handler on the
 * document navigates for all of them. `to` is a path of the app (lib/links.ts), never relative.
 */
export function PlainLink({ to, children, ...rest }: PlainLinkProps) {
  return (
    <a {...rest} href={to} {...{ [IN_APP_LINK]: '' }}>
      {children}
    </a>
  )
}
